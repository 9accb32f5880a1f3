using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PoznanAsk.Cli.Tests.Support;
using PoznanAsk.Testing;

namespace PoznanAsk.Cli.Tests.Commands;

/// <summary>
/// The SQLite store's promise (docs/deployment.md, "What saved means"): a turn that was answered has its follow-up
/// context committed before the reply leaves, so a <c>serve</c> SIGKILLed right after an answer — no shutdown, no
/// flush — comes back with the context and the next question continues it. The state writes go through the group
/// writer (WAL, <c>synchronous=NORMAL</c>); this is what that durability level must keep.
/// </summary>
public sealed class ServeStateDurabilityTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "poznanask-durability-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Serve_KilledRightAfterAnAnswer_TheRestartedProcessContinuesTheConversation()
    {
        var index = Path.Combine(_root, "index");
        var indexed = CliRunner.Run(null, "index", "--reports", TestPaths.Seeds, "--index", index);
        Assert.True(indexed.ExitCode == 0, indexed.Stderr);
        var environment = new Dictionary<string, string> { ["Bot__AllowAnonymous"] = "true" };
        string[] args = ["--reports", TestPaths.Seeds, "--index", index, "--data", Path.Combine(_root, "data")];

        string first;
        using (var serve = await ServeProcess.StartAsync(environment, args))
        {
            first = await AskAsync(serve, "Do jakich organizacji krajowych należał Poznań w 2017 r.?");
            serve.Kill();
        }

        using var again = await ServeProcess.StartAsync(environment, args);
        var second = await AskAsync(again, "a w 2023?");

        Assert.Contains("2017", first, StringComparison.Ordinal);
        Assert.Contains("_(pytanie o 2023 r., organizacje krajowe)_", second, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    // A Teams message with deliveryMode expectReplies: the reply comes back in the response.
    private static async Task<string> AskAsync(ServeProcess serve, string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "1:" + Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = "29:mieszkanka", ["name"] = "Anna Kowalska" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "PoznanAsk" },
            ["conversation"] = new JsonObject { ["id"] = "a:rozmowa-po-awarii" },
            ["text"] = text,
            ["locale"] = "pl-PL",
        };
        using var response = await serve.Client.PostAsJsonAsync("/api/messages", activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/messages: {(int)response.StatusCode} {body}\n{serve.Output}");
        var replies = JsonNode.Parse(body)!["activities"]!.AsArray();
        return (string)replies.Single(r => (string?)r!["type"] == "message")!["text"]!;
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PoznanAsk.Cli.Tests.Support;
using PoznanAsk.Testing;

namespace PoznanAsk.Cli.Tests.Commands;

/// <summary>
/// The deployment of docs/deployment.md, for real: <c>poznanask index</c> builds the index once, a redis-server and
/// two <c>poznanask serve</c> processes (read-only index, state in Redis, one signing key) run on loopback, and one
/// Web Chat (Direct Line 3.0) conversation alternates its requests between them. One replica is SIGKILLed between
/// two turns; the conversation goes on against the other — history, watermark and the follow-up context.
/// </summary>
public sealed class ServeReplicasTests : IDisposable
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(60);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "poznanask-replicas-" + Guid.NewGuid().ToString("N"));
    private readonly List<IDisposable> _running = [];

    private string Index => Path.Combine(_root, "index");

    [Fact]
    public async Task Conversation_AlternatingReplicasOneKilled_GoesOnAgainstTheOther()
    {
        var indexed = CliRunner.Run(null, "index", "--reports", TestPaths.Seeds, "--index", Index);
        Assert.True(indexed.ExitCode == 0, indexed.Stderr);
        var redis = Track(RedisServer.Start());
        var environment = new Dictionary<string, string>
        {
            ["PoznanAsk__IndexReadOnly"] = "true",
            ["State__Kind"] = "Redis",
            ["State__Redis__Configuration"] = redis.Configuration,
            ["Web__DirectLineSigningKey"] = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)(255 - i)).ToArray()),
        };
        var replicas = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => ServeProcess.StartAsync(environment,
            "--reports", TestPaths.Seeds, "--index", Index, "--data", Path.Combine(_root, "data-" + i))));
        var (a, b) = (Track(replicas[0]), Track(replicas[1]));

        // Web Chat's requests, alternating: token from A, conversation opened on B, question posted to A, answer read on B.
        var token = await PostAsync(a, "/api/webchat/token", null, null);
        var conversationId = (string)token["conversationId"]!;
        var bearer = (string)token["token"]!;
        var started = await PostAsync(b, "/v3/directline/conversations", bearer, new JsonObject());
        var firstId = (string)(await PostAsync(a, $"/v3/directline/conversations/{conversationId}/activities", bearer, Message("Do jakich organizacji krajowych należał Poznań w 2017 r.?")))["id"]!;
        var (firstAnswer, watermark) = await AnswerToAsync(b, conversationId, bearer, firstId);
        var seenOnA = await GetActivitiesAsync(a, conversationId, bearer, null);
        var refreshed = (string)(await PostAsync(b, "/v3/directline/tokens/refresh", bearer, null))["token"]!;

        a.Kill();

        var secondId = (string)(await PostAsync(b, $"/v3/directline/conversations/{conversationId}/activities", refreshed, Message("a w 2023?")))["id"]!;
        var (secondAnswer, after) = await AnswerToAsync(b, conversationId, refreshed, secondId);
        var history = (JsonArray)(await GetActivitiesAsync(b, conversationId, bearer, null))["activities"]!;
        using var ready = await b.Client.GetAsync("/health/ready");

        Assert.Equal(conversationId, (string?)started["conversationId"]);
        Assert.Contains("2017", (string?)firstAnswer["text"], StringComparison.Ordinal);
        Assert.Equal(watermark, long.Parse((string)seenOnA["watermark"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(a.HasExited);
        Assert.StartsWith("_(pytanie o 2023 r., organizacje krajowe)_", (string?)secondAnswer["text"], StringComparison.Ordinal);
        Assert.True(after > watermark, $"watermark {after} after {watermark}");
        var ids = history.Select(x => (string)x!["id"]!).ToList();
        Assert.Equal(Enumerable.Range(0, ids.Count).Select(n => $"{conversationId}|{n:D7}"), ids);
        Assert.Equal(after, ids.Count);
        Assert.Contains(history, x => (string?)x!["text"] == "Do jakich organizacji krajowych należał Poznań w 2017 r.?");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Replica_PoznanaskIndexCommitsANewReport_AnswersFromItWithoutARestart()
    {
        var reports = Path.Combine(_root, "reports");
        Directory.CreateDirectory(reports);
        foreach (var file in Directory.GetFiles(TestPaths.Seeds))
        {
            File.Copy(file, Path.Combine(reports, Path.GetFileName(file)));
        }

        var indexed = CliRunner.Run(null, "index", "--reports", reports, "--index", Index);
        Assert.True(indexed.ExitCode == 0, indexed.Stderr);
        var replica = Track(await ServeProcess.StartAsync(
            new Dictionary<string, string> { ["PoznanAsk__IndexReadOnly"] = "true", ["PoznanAsk__IndexRefreshSeconds"] = "1" },
            "--reports", reports, "--index", Index, "--data", Path.Combine(_root, "data")));
        const string question = "Do jakich organizacji krajowych należał Poznań w 2024 r.?";
        var before = await AskAsync(replica, question);

        await File.WriteAllTextAsync(Path.Combine(reports, "raport-2024.txt"), """
            Aktywność w organizacjach krajowych

            W 2024 r. Miasto Poznań było członkiem 3 krajowych organizacji:
            • Związek Miast Polskich
            • Unia Metropolii Polskich
            • Stowarzyszenie Metropolia Poznań
            """);
        var second = CliRunner.Run(null, "index", "--reports", reports, "--index", Index);
        Assert.True(second.ExitCode == 0, second.Stderr);
        var deadline = Stopwatch.StartNew();
        var after = before;
        while (after == before && deadline.Elapsed < AnswerTimeout)
        {
            await Task.Delay(250);
            after = await AskAsync(replica, question);
        }

        Assert.DoesNotContain("Stowarzyszenie Metropolia Poznań", before, StringComparison.Ordinal);
        Assert.Contains("Stowarzyszenie Metropolia Poznań", after, StringComparison.Ordinal);
        Assert.Contains("A new index commit is being served", replica.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_ReadOnlyAndNoIndexYet_ExitsWithOneLineAndWritesNothing()
    {
        var result = CliRunner.RunWith(new Dictionary<string, string> { ["PoznanAsk__IndexReadOnly"] = "true" }, null,
            "serve", "--urls", $"http://127.0.0.1:{RedisServer.FreePort()}", "--reports", TestPaths.Seeds, "--index", Index, "--data", Path.Combine(_root, "data"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"PoznanAsk:IndexReadOnly is true but {Index} holds no index: build it first with `poznanask index", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Index));
    }

    public void Dispose()
    {
        foreach (var running in Enumerable.Reverse(_running))
        {
            running.Dispose();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static JsonObject Message(string text) => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = "uzytkownik", ["name"] = "Mieszkanka Poznania", ["role"] = "user" },
        ["locale"] = "pl-PL",
        ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
    };

    /// <summary>Polls (bounded) until the bot's message replying to <paramref name="activityId"/> is there; returns it and the watermark.</summary>
    private static async Task<(JsonObject Answer, long Watermark)> AnswerToAsync(ServeProcess replica, string conversationId, string bearer, string activityId)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < AnswerTimeout)
        {
            var page = await GetActivitiesAsync(replica, conversationId, bearer, null);
            var answer = ((JsonArray)page["activities"]!).OfType<JsonObject>()
                .FirstOrDefault(x => (string?)x["type"] == "message" && (string?)x["replyToId"] == activityId);
            if (answer is not null)
            {
                return (answer, long.Parse((string)page["watermark"]!, System.Globalization.CultureInfo.InvariantCulture));
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No answer to {activityId} within {AnswerTimeout}:\n{replica.Output}");
    }

    private static async Task<JsonObject> GetActivitiesAsync(ServeProcess replica, string conversationId, string bearer, string? watermark)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await replica.Client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{request.RequestUri} on {replica.Url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task<string> AskAsync(ServeProcess replica, string question)
    {
        using var response = await replica.Client.PostAsJsonAsync("/api/ask", new { question });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/ask on {replica.Url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<JsonObject> PostAsync(ServeProcess replica, string path, string? bearer, JsonNode? body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await replica.Client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"POST {path} on {replica.Url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private T Track<T>(T running)
        where T : IDisposable
    {
        _running.Add(running);
        return running;
    }
}

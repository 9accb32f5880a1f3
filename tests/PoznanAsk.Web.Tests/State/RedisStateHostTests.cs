using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.State;

/// <summary>The host with <c>State:Kind = Redis</c>: two instances with data folders of their own share one
/// conversation; Redis gone turns readiness and Direct Line into 503, never a 500; bad options stop the start.</summary>
public sealed class RedisStateHostTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray());

    private Dictionary<string, string?> Settings(string? configuration = null) => new()
    {
        ["State:Kind"] = "Redis",
        ["State:Redis:Configuration"] = configuration ?? redis.Server.Configuration,
        ["State:Redis:KeyPrefix"] = "host-" + Guid.NewGuid().ToString("N")[..8] + ":",
        ["State:Redis:TimeoutMs"] = "1000",
        ["Web:DirectLineSigningKey"] = SigningKey,
    };

    [Fact]
    public async Task Conversation_TwoHostsOnOneRedis_TheSecondReadsTheHistoryAndAnswersOnWithTheFirstsToken()
    {
        var settings = Settings();
        await using var first = await TestApp.StartAsync(settings);
        await using var second = await TestApp.StartAsync(settings);
        var client = new DirectLineClient(first);
        await client.GetTokenAsync();
        await client.StartAsync();
        await client.PostMessageAsync("Do jakich organizacji krajowych należał Poznań w 2022 r.?", "pierwsza-1");
        await client.WaitForAsync(4); // welcome, echo, typing, answer

        client.App = second;
        var history = (JsonArray)(await client.GetActivitiesAsync(null))["activities"]!;
        await client.PostMessageAsync("Do jakich organizacji krajowych należał Poznań w 2023 r.?", "druga-1");
        await client.WaitForAsync(7);
        var latest = await client.GetActivitiesAsync("4");

        Assert.Equal(4, history.Count);
        Assert.Contains("W 2022 r.", (string?)history[3]!["text"], StringComparison.Ordinal);
        Assert.Equal("7", (string?)latest["watermark"]);
        var answer = ((JsonArray)latest["activities"]!).Last(a => (string?)a!["type"] == "message")!;
        Assert.Contains("W 2023 r.", (string?)answer["text"], StringComparison.Ordinal);
        Assert.Equal(client.ConversationId + "|0000006", (string?)answer["id"]);
        // Nothing of the conversation is local: no SQLite file, no generated signing key.
        Assert.False(File.Exists(Path.Combine(second.DataPath, PoznanAsk.Web.State.DataFolder.StateFile)));
        Assert.False(File.Exists(Path.Combine(second.DataPath, PoznanAsk.Web.State.DataFolder.SigningKeyFile)));
    }

    [Fact]
    public async Task Redis_Unreachable_ReadinessAndDirectLineAnswer503()
    {
        await using var app = await TestApp.StartAsync(Settings("127.0.0.1:" + PoznanAsk.Testing.RedisServer.FreePort()));
        var client = new DirectLineClient(app);
        await client.GetTokenAsync();

        using var ready = await app.Client.GetAsync("/health/ready");
        using var live = await app.Client.GetAsync("/health/live");
        using var start = await client.SendAsync(HttpMethod.Post, "/conversations", new JsonObject());
        var problem = await start.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("is unavailable", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, start.StatusCode);
        Assert.Equal("5", start.Headers.RetryAfter?.ToString());
        Assert.Equal(503, (int?)problem!["status"]);
    }

    [Fact]
    public async Task Start_RedisWithoutSigningKey_FailsNamingTheKey()
    {
        var settings = Settings();
        settings.Remove("Web:DirectLineSigningKey");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestApp.StartAsync(settings));

        Assert.Contains("Web:DirectLineSigningKey is required when State:Kind is Redis", error.Message, StringComparison.Ordinal);
    }
}

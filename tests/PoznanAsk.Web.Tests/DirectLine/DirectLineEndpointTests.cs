using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PoznanAsk.Web.DirectLine;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.DirectLine;

/// <summary>bot-protocol §6 and §8 item 16: the self-hosted Direct Line endpoint.</summary>
public sealed class DirectLineEndpointTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new();
    private TestApp _app = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["Limits:MaxDirectLineConversations"] = "3", ["Limits:MaxActivitiesPerConversation"] = "6" },
            services: s => s.AddSingleton<TimeProvider>(_time));
        _client = new DirectLineClient(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task WebChatToken_CarriesADirectLineUserClaim()
    {
        var body = await _client.GetTokenAsync();

        var jwt = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken((string)body["token"]!);
        Assert.StartsWith("dl_", jwt.GetClaim("user").Value, StringComparison.Ordinal);
        Assert.Equal((string?)body["conversationId"], jwt.GetClaim("conv").Value);
        Assert.Matches("^[A-Za-z0-9_-]+$", (string?)body["conversationId"]);
        Assert.Equal(1800, (int)body["expires_in"]!);
    }

    [Fact]
    public async Task Start_WithToken_Returns201ThenWelcomeAnd200OnRepeat()
    {
        await _client.GetTokenAsync();

        var started = await _client.StartAsync();
        await _client.StartAsync(HttpStatusCode.OK);
        var activities = await _client.GetActivitiesAsync(string.Empty);

        Assert.Equal(_client.ConversationId, (string?)started["conversationId"]);
        Assert.False(string.IsNullOrEmpty((string?)started["token"]));
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{_client.ConversationId}/stream?t=", (string?)started["streamUrl"], StringComparison.Ordinal);
        var welcome = Assert.Single(activities["activities"]!.AsArray())!;
        Assert.Equal("bot", (string?)welcome["from"]!["role"]);
        Assert.Null(welcome["replyToId"]);
        Assert.Contains("PoznanAsk", (string?)welcome["text"], StringComparison.Ordinal);
        Assert.Equal("1", (string?)activities["watermark"]);
    }

    [Fact]
    public async Task PostActivity_EchoesWithClientIdThenRepliesWithCitations()
    {
        await _client.GetTokenAsync();
        await _client.StartAsync();
        var user = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(_client.Token).GetClaim("user").Value;

        var echoId = await _client.PostMessageAsync("Do jakich organizacji krajowych należał Poznań w 2023 r.?", "klient-42");
        await _client.WaitForAsync(4);
        var all = await _client.GetActivitiesAsync("1");

        var list = all["activities"]!.AsArray();
        var echo = list[0]!;
        Assert.Equal(echoId, (string?)echo["id"]);
        Assert.Equal("klient-42", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal(1, (int)echo["channelData"]!["webchat:sequence-id"]!);
        Assert.Equal(user, (string?)echo["from"]!["id"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.EndsWith("Z", (string?)echo["timestamp"], StringComparison.Ordinal);
        Assert.Equal("typing", (string?)list[1]!["type"]);
        var reply = list[^1]!;
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal(echoId, (string?)reply["replyToId"]);
        Assert.Equal(user, (string?)reply["recipient"]!["id"]);
        Assert.Contains("\n[1]: cite:1 ", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Contains("https://schema.org/Message", reply.ToJsonString(), StringComparison.Ordinal);
        Assert.True(string.CompareOrdinal((string?)echo["timestamp"], (string?)reply["timestamp"]) < 0);
        Assert.Equal("4", (string?)all["watermark"]);
        Assert.Empty((await _client.GetActivitiesAsync("4"))["activities"]!.AsArray());
    }

    [Fact]
    public async Task Activities_TokenOfAnotherConversation_Returns403()
    {
        await _client.GetTokenAsync();
        await _client.StartAsync();
        var other = new DirectLineClient(_app);
        await other.GetTokenAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/conversations/{_client.ConversationId}/activities", token: other.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]);
    }

    [Fact]
    public async Task Activities_ExpiredToken_Returns403AndRefreshedTokenWorks()
    {
        await _client.GetTokenAsync();
        await _client.StartAsync();
        _time.Advance(TimeSpan.FromMinutes(20));
        using var refresh = await _client.SendAsync(HttpMethod.Post, "/tokens/refresh");
        var fresh = (string)(await refresh.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
        _time.Advance(TimeSpan.FromMinutes(15));

        using var expired = await _client.SendAsync(HttpMethod.Get, $"/conversations/{_client.ConversationId}/activities");
        using var refreshed = await _client.SendAsync(HttpMethod.Get, $"/conversations/{_client.ConversationId}/activities", token: fresh);

        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    [Fact]
    public async Task Activities_UnknownConversation_Returns404()
    {
        await _client.GetTokenAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/conversations/{_client.ConversationId}/activities?watermark=");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Conversations_IdleTooLong_AreExpired()
    {
        await _client.GetTokenAsync();
        await _client.StartAsync();
        var user = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(_client.Token).GetClaim("user").Value;
        _time.Advance(TimeSpan.FromMinutes(31));

        var removed = await _app.Service<DirectLineStore>().SweepAsync(CancellationToken.None);
        var fresh = _app.Service<DirectLineTokens>().Create(user, _client.ConversationId);
        using var response = await _client.SendAsync(HttpMethod.Get, $"/conversations/{_client.ConversationId}/activities", token: fresh);

        Assert.Equal(1, removed);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Conversations_TokenRefreshed_StayAlive()
    {
        await _client.GetTokenAsync();
        await _client.StartAsync();
        _time.Advance(TimeSpan.FromMinutes(20));
        using var refresh = await _client.SendAsync(HttpMethod.Post, "/tokens/refresh");
        var fresh = (string)(await refresh.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
        _time.Advance(TimeSpan.FromMinutes(15));

        var removed = await _app.Service<DirectLineStore>().SweepAsync(CancellationToken.None);
        using var response = await _client.SendAsync(HttpMethod.Get, $"/conversations/{_client.ConversationId}/activities", token: fresh);

        Assert.Equal(0, removed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Conversations_OverTheCap_EvictTheLeastRecentlyActive()
    {
        var clients = new List<DirectLineClient>();
        for (var i = 0; i < 4; i++)
        {
            var c = new DirectLineClient(_app);
            await c.GetTokenAsync();
            await c.StartAsync();
            clients.Add(c);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var statuses = new List<HttpStatusCode>();
        foreach (var c in clients)
        {
            using var response = await c.SendAsync(HttpMethod.Get, $"/conversations/{c.ConversationId}/activities");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public async Task Activities_OverTheCap_KeepTheLatestAndTheWatermarkCounts()
    {
        await _client.GetTokenAsync();
        await _client.StartAsync();
        for (var i = 1; i <= 3; i++)
        {
            await _client.PostMessageAsync($"Pytanie {i} o organizacje", $"k{i}");
            await _client.WaitForAsync(1 + (3 * i));
        }

        var all = await _client.GetActivitiesAsync(string.Empty);

        Assert.Equal(6, all["activities"]!.AsArray().Count);
        Assert.Equal("10", (string?)all["watermark"]);
    }

    [Fact]
    public async Task PostActivity_TooLarge_Returns413AndUploadIs400()
    {
        await _client.GetTokenAsync();
        await _client.StartAsync();

        using var large = await _client.SendAsync(HttpMethod.Post, $"/conversations/{_client.ConversationId}/activities", DirectLineClient.Message(new string('a', 70_000), "k"));
        using var upload = await _client.SendAsync(HttpMethod.Post, $"/conversations/{_client.ConversationId}/upload?userId=x", new JsonObject());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
    }

    [Fact]
    public async Task Stream_ReplaysPreConnectActivitiesThenPushesTheAnswer()
    {
        await _client.GetTokenAsync();
        var started = await _client.StartAsync();
        var streamUrl = new Uri(((string)started["streamUrl"]!).Replace("ws://localhost", "http://localhost", StringComparison.Ordinal));
        var ws = _app.Service<Microsoft.AspNetCore.Hosting.Server.IServer>() is TestServer server ? server.CreateWebSocketClient() : throw new InvalidOperationException("not a TestServer");
        using var socket = await ws.ConnectAsync(new Uri("ws://localhost" + streamUrl.PathAndQuery), CancellationToken.None);

        var first = await ReceiveAsync(socket);
        await _client.PostMessageAsync("Do jakich organizacji należał Poznań w 2023 r.?", "ws-1");
        var texts = new List<string>();
        while (!texts.Any(t => t.Contains("Związek Miast Polskich", StringComparison.Ordinal)))
        {
            var frame = await ReceiveAsync(socket);
            texts.AddRange(frame["activities"]!.AsArray().Select(a => (string?)a!["text"] ?? string.Empty));
        }

        Assert.Contains("PoznanAsk", (string?)first["activities"]![0]!["text"], StringComparison.Ordinal);
        Assert.Equal("Do jakich organizacji należał Poznań w 2023 r.?", texts[0]);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "koniec", CancellationToken.None);
    }

    private static async Task<JsonObject> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            if (result.EndOfMessage && text.Length > 0)
            {
                return JsonNode.Parse(text.ToString())!.AsObject();
            }
        }
    }
}

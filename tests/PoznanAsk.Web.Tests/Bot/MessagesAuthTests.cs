using System.Net;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Bot;

/// <summary>bot-protocol §4 and §8 items 1–3, 14: who may post to <c>/api/messages</c>.</summary>
public sealed class MessagesAuthTests : IAsyncLifetime
{
    private FakeChannel _channel = null!;
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync();
        _app = await TestApp.StartAsync(_channel.BotSettings(Activities.AppId), environment: "Production");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _channel.DisposeAsync();
    }

    public static TheoryData<string, string> RejectedTokens => new()
    {
        { "missing", "The Authorization header is missing." },
        { "basic", "The Authorization header is not a Bearer token." },
        { "garbage", "The token is malformed." },
        { "expired-10-min", "The token has expired." },
        { "wrong-audience", "The token's audience is not this bot." },
        { "wrong-issuer", "The token's issuer is not the Bot Framework." },
        { "unknown-kid", "The token is signed with an unknown key." },
        { "bad-signature", "The token's signature is invalid." },
        { "alg-none", "invalid" },
        { "hs256", "invalid" },
        { "serviceurl-mismatch", "The token's serviceurl claim does not match the activity's serviceUrl." },
        { "no-serviceurl-claim", "The token carries no serviceurl claim." },
    };

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task Messages_InvalidCredentials_Returns401(string kind, string reason)
    {
        var serviceUrl = _channel.ServiceUrl;
        var keys = _channel.Keys;
        var request = Activities.Post(Activities.TeamsMessage(serviceUrl), kind switch
        {
            "missing" => null,
            "garbage" => "not-a-jwt",
            "expired-10-min" => keys.Token(Activities.AppId, serviceUrl, expiresIn: TimeSpan.FromMinutes(-10)),
            "wrong-audience" => keys.Token("00000000-0000-0000-0000-000000000001", serviceUrl),
            "wrong-issuer" => keys.Token(Activities.AppId, serviceUrl, issuer: "https://sts.windows.net/evil/"),
            "unknown-kid" => keys.Token(Activities.AppId, serviceUrl, key: keys.Unpublished),
            "bad-signature" => keys.Token(Activities.AppId, serviceUrl, key: keys.Rogue),
            "alg-none" => ChannelKeys.UnsignedToken(Activities.AppId, serviceUrl),
            "hs256" => ChannelKeys.Hs256Token(Activities.AppId, serviceUrl),
            "serviceurl-mismatch" => keys.Token(Activities.AppId, "https://smba.trafficmanager.net/emea/"),
            "no-serviceurl-claim" => keys.Token(Activities.AppId, null),
            _ => null,
        });
        if (kind == "basic")
        {
            request.Headers.Authorization = new("Basic", "dXNlcjpwYXNz");
        }

        using var response = await _app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(401, (int)problem["status"]!);
        Assert.Contains(reason, (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.Empty(_app.Handler.Requests);
    }

    [Fact]
    public async Task Messages_ChannelNotEndorsed_Returns401()
    {
        var activity = Activities.TeamsMessage(_channel.ServiceUrl);
        activity["channelId"] = "slack";

        using var response = await _app.Client.SendAsync(Activities.Post(activity, _channel.Keys.Token(Activities.AppId, _channel.ServiceUrl)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not endorsed for channel 'slack'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_KeyWithoutEndorsements_SkipsEndorsementCheck()
    {
        var activity = Activities.TeamsMessage(_channel.ServiceUrl);
        activity["channelId"] = "slack";
        activity["deliveryMode"] = "expectReplies";

        using var response = await _app.Client.SendAsync(Activities.Post(activity, _channel.Keys.Token(Activities.AppId, _channel.ServiceUrl, key: _channel.Keys.K2)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(60)]
    public async Task Messages_TokenWithinClockSkew_IsAccepted(int expiresInMinutes)
    {
        var activity = Activities.TeamsMessage(_channel.ServiceUrl);
        activity["deliveryMode"] = "expectReplies";
        var token = _channel.Keys.Token(Activities.AppId, _channel.ServiceUrl.TrimEnd('/'), expiresIn: TimeSpan.FromMinutes(expiresInMinutes));

        using var response = await _app.Client.SendAsync(Activities.Post(activity, token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_app.Handler.Requests);
    }

    [Fact]
    public async Task Messages_InvalidToken_IsRejectedBeforeTheBodyIsRead()
    {
        using var response = await _app.Client.SendAsync(Activities.Post("{ not json", "not-a-jwt"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Messages_Logs_NeverContainSecretsOrTokens()
    {
        var token = _channel.Keys.Token(Activities.AppId, _channel.ServiceUrl);
        using var response = await _app.Client.SendAsync(Activities.Post(Activities.TeamsMessage(_channel.ServiceUrl), token));
        await _channel.NextMessageAsync();
        using var rejected = await _app.Client.SendAsync(Activities.Post(Activities.TeamsMessage(_channel.ServiceUrl), token + "x"));

        var logs = string.Join("\n", _app.Logs.Lines);
        Assert.Contains("Rejected an activity", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("sekret-haslo-aplikacji", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeChannel.BotToken, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(token[..40], logs, StringComparison.Ordinal);
    }
}

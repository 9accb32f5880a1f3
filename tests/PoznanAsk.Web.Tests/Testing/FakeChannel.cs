using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PoznanAsk.Web.Tests.Testing;

/// <summary>
/// A fake Azure Bot Service on 127.0.0.1 (bot-protocol §4.5, §8): OpenID metadata and JWKS with
/// endorsements, the client-credentials token endpoint, and a Connector that records every activity the
/// bot sends and answers with scripted statuses (default 200 with an id).
/// </summary>
internal sealed class FakeChannel : IAsyncDisposable
{
    public const string BotToken = "fake-bot-token-0f7c";
    private readonly WebApplication _app;
    private readonly Channel<ConnectorCall> _calls = Channel.CreateUnbounded<ConnectorCall>();

    private FakeChannel(WebApplication app, ChannelKeys keys)
    {
        _app = app;
        Keys = keys;
        BaseUrl = app.Urls.First();
    }

    public ChannelKeys Keys { get; }

    public string BaseUrl { get; }

    /// <summary>The serviceUrl the fake channel puts on activities (Teams style: a path and a trailing slash).</summary>
    public string ServiceUrl => BaseUrl + "/emea/";

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    public string TokenEndpoint => BaseUrl + "/{tenant}/oauth2/v2.0/token";

    /// <summary>Statuses the Connector answers with, in order; 200 once empty.</summary>
    public ConcurrentQueue<int> ConnectorStatuses { get; } = new();

    public ConcurrentQueue<TokenCall> TokenCalls { get; } = new();

    public ConcurrentQueue<ConnectorCall> AllCalls { get; } = new();

    public static async Task<FakeChannel> StartAsync()
    {
        var keys = ChannelKeys.Shared;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeChannel? self = null;
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = ChannelKeys.Issuer,
            ["jwks_uri"] = self!.BaseUrl + "/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/v1/.well-known/keys", () => Results.Json(new Dictionary<string, object>
        {
            ["keys"] = new[] { ChannelKeys.Jwk(keys.K1, ChannelKeys.Endorsements), ChannelKeys.Jwk(keys.K2, null) },
        }));
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            self!.TokenCalls.Enqueue(new TokenCall(tenant, form.ToDictionary(f => f.Key, f => f.Value.ToString())));
            return Results.Json(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = 3600,
                ["access_token"] = BotToken,
            });
        });
        app.MapPost("/emea/v3/conversations/{**rest}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var status = self!.ConnectorStatuses.TryDequeue(out var s) ? s : 200;
            var call = new ConnectorCall(
                context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget,
                context.Request.Headers.Authorization.ToString(),
                context.Request.ContentType ?? string.Empty,
                body,
                status);
            self.AllCalls.Enqueue(call);
            await self._calls.Writer.WriteAsync(call);
            if (status == 429)
            {
                context.Response.Headers.RetryAfter = "0";
            }

            return status == 200
                ? Results.Json(new Dictionary<string, string> { ["id"] = "reply-" + self.AllCalls.Count })
                : Results.Json(new Dictionary<string, object> { ["error"] = new Dictionary<string, string> { ["code"] = "Fake", ["message"] = "scripted" } }, statusCode: status);
        });
        await app.StartAsync();
        self = new FakeChannel(app, keys);
        return self;
    }

    /// <summary>The next activity the bot sent to the Connector (waits up to 30 s, without polling).</summary>
    public async Task<ConnectorCall> NextCallAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _calls.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>The next call carrying a message (typing indicators skipped).</summary>
    public async Task<ConnectorCall> NextMessageAsync()
    {
        while (true)
        {
            var call = await NextCallAsync();
            if (call.Type == "message")
            {
                return call;
            }
        }
    }

    public bool HasPendingCalls => _calls.Reader.TryPeek(out _);

    /// <summary>Bot settings that point the host at this channel.</summary>
    public Dictionary<string, string?> BotSettings(string appId) => new()
    {
        ["Bot:MicrosoftAppId"] = appId,
        ["Bot:MicrosoftAppPassword"] = "sekret-haslo-aplikacji",
        ["Bot:MicrosoftAppTenantId"] = "11111111-2222-3333-4444-555555555555",
        ["Bot:MicrosoftAppType"] = "SingleTenant",
        ["Bot:OpenIdMetadataUrl"] = MetadataUrl,
        ["Bot:TokenEndpoint"] = TokenEndpoint,
        ["Bot:RetryBaseDelayMs"] = "5",
        ["Bot:RetryMaxDelayMs"] = "20",
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PoznanAsk.Web.Options;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// The bot's outgoing token for the Connector API (bot-protocol §3.3): client credentials from the tenant
/// the app type implies, or the managed identity endpoint; cached and renewed 5 minutes before expiry,
/// one request at a time.
/// </summary>
internal sealed class BotTokenProvider(HttpClient http, IOptions<BotOptions> options, TimeProvider time, ILogger<BotTokenProvider> logger)
{
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _expires;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } cached && time.GetUtcNow() < _expires - RenewBefore)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } again && time.GetUtcNow() < _expires - RenewBefore)
            {
                return again;
            }

            var (token, lifetime) = await RequestAsync(cancellationToken);
            _token = token;
            _expires = time.GetUtcNow() + lifetime;
            logger.LogInformation("Obtained a Bot Connector token valid for {Lifetime}", lifetime);
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var request = o.MicrosoftAppType == BotAppType.UserAssignedMSI ? ManagedIdentityRequest(o) : ClientCredentialsRequest(o);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ConnectorException($"The token endpoint answered {(int)response.StatusCode} ({await ErrorCodeAsync(response, cancellationToken)}).", (int)response.StatusCode);
        }

        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = json.RootElement;
        if (!root.TryGetProperty("access_token", out var token) || token.GetString() is not { Length: > 0 } value)
        {
            throw new ConnectorException("The token endpoint returned no access_token.", (int)response.StatusCode);
        }

        var seconds = root.TryGetProperty("expires_in", out var e) ? e.ValueKind switch
        {
            JsonValueKind.Number => e.GetDouble(),
            JsonValueKind.String when double.TryParse(e.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var s) => s,
            _ => 3600,
        } : 3600;
        return (value, TimeSpan.FromSeconds(Math.Clamp(seconds, 60, 86_400)));
    }

    private static HttpRequestMessage ClientCredentialsRequest(BotOptions o)
    {
        var tenant = o.MicrosoftAppType == BotAppType.MultiTenant ? "botframework.com" : o.MicrosoftAppTenantId!;
        return new HttpRequestMessage(HttpMethod.Post, o.TokenEndpoint.Replace("{tenant}", Uri.EscapeDataString(tenant), StringComparison.Ordinal))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = o.MicrosoftAppId!,
                ["client_secret"] = o.MicrosoftAppPassword ?? string.Empty,
                ["scope"] = o.OAuthScope,
            }),
        };
    }

    private static HttpRequestMessage ManagedIdentityRequest(BotOptions o)
    {
        var resource = o.OAuthScope.EndsWith("/.default", StringComparison.Ordinal) ? o.OAuthScope[..^"/.default".Length] : o.OAuthScope;
        var url = $"{o.ManagedIdentityEndpoint}?api-version=2018-02-01&resource={Uri.EscapeDataString(resource)}&client_id={Uri.EscapeDataString(o.MicrosoftAppId!)}";
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Metadata", "true");
        return request;
    }

    // Only the OAuth error code is reported: descriptions may echo request details.
    private static async Task<string> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var error = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            return error.TryGetProperty("error", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString()! : "no error code";
        }
        catch (JsonException)
        {
            return "no JSON body";
        }
    }
}

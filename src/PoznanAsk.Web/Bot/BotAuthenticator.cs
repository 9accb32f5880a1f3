using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using PoznanAsk.Web.Options;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// Validates the Azure Bot Service channel token of an incoming activity (bot-protocol §4.1): RS256/384/512
/// only, issuer <c>https://api.botframework.com</c>, audience = our app id, lifetime with 5 minutes' skew,
/// keys from the OpenID metadata (refreshed daily, and once on an unknown <c>kid</c>), plus the key's
/// channel endorsements. Without an app id requests are anonymous in Development or when
/// <see cref="BotOptions.AllowAnonymous"/> is set (§4.4), and refused (401) otherwise (§8 item 14).
/// </summary>
internal sealed class BotAuthenticator
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private readonly BotOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _metadata;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ILogger<BotAuthenticator> _logger;

    public const string NoAppIdError =
        "This bot has no Bot:MicrosoftAppId, so it accepts no Bot Framework activities outside Development " +
        "(configure the Azure Bot's app id, or set Bot:AllowAnonymous=true).";

    private readonly bool _anonymous;

    public BotAuthenticator(IOptions<BotOptions> options, IHostEnvironment environment, IHttpClientFactory httpClients, ILogger<BotAuthenticator> logger)
    {
        _options = options.Value;
        _logger = logger;
        _anonymous = !_options.RequiresAuthentication && (environment.IsDevelopment() || _options.AllowAnonymous);
        if (_options.RequiresAuthentication)
        {
            var retriever = new HttpDocumentRetriever(httpClients.CreateClient(nameof(BotAuthenticator)))
            {
                RequireHttps = _options.OpenIdMetadataUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase),
            };
            _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(_options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
            {
                AutomaticRefreshInterval = TimeSpan.FromHours(24),
                RefreshInterval = TimeSpan.FromHours(1),
            };
        }
    }

    /// <summary>True when unauthenticated activities are accepted.</summary>
    public bool Anonymous => _anonymous;

    public async Task<BotAuthResult> AuthenticateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (_metadata is null)
        {
            return _anonymous ? BotAuthResult.AnonymousOk : BotAuthResult.Fail(NoAppIdError);
        }

        if (string.IsNullOrWhiteSpace(authorization))
        {
            return BotAuthResult.Fail("The Authorization header is missing.");
        }

        var parts = authorization.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthResult.Fail("The Authorization header is not a Bearer token.");
        }

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await _metadata.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            _logger.LogError(ex, "Cannot read the Bot Framework OpenID metadata from {MetadataUrl}", _options.OpenIdMetadataUrl);
            return BotAuthResult.Fail("The channel's signing keys are unavailable.");
        }

        var result = await ValidateAsync(parts[1], configuration);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys may have rotated: refresh once (RefreshInterval throttles this to hourly).
            _metadata.RequestRefresh();
            configuration = await _metadata.GetConfigurationAsync(cancellationToken);
            result = await ValidateAsync(parts[1], configuration);
        }

        if (!result.IsValid)
        {
            return BotAuthResult.Fail(Describe(result.Exception));
        }

        var serviceUrl = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        var kid = (result.SecurityToken as JsonWebToken)?.Kid;
        return new BotAuthResult(true, false, null, serviceUrl, Endorsements(configuration, kid));
    }

    private Task<TokenValidationResult> ValidateAsync(string token, OpenIdConnectConfiguration configuration) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = _options.ValidIssuer,
            ValidAudience = _options.MicrosoftAppId,
            IssuerSigningKeys = configuration.SigningKeys,
            ClockSkew = ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512],
        });

    private static List<string>? Endorsements(OpenIdConnectConfiguration configuration, string? kid)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return null;
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
            IEnumerable<object> items => items.Select(i => i?.ToString() ?? string.Empty).ToList(),
            _ => null,
        };
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenInvalidAudienceException => "The token's audience is not this bot.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not the Bot Framework.",
        SecurityTokenSignatureKeyNotFoundException => "The token is signed with an unknown key.",
        SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not allowed.",
        SecurityTokenInvalidSignatureException => "The token's signature is invalid.",
        SecurityTokenMalformedException or ArgumentException => "The token is malformed.",
        _ => "The token is invalid.",
    };
}

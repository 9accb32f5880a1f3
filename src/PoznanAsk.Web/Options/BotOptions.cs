using System.ComponentModel.DataAnnotations;

namespace PoznanAsk.Web.Options;

/// <summary>
/// Bot Framework credentials and endpoints (configuration section <c>Bot</c>; environment variables
/// <c>Bot__MicrosoftAppId</c> etc., or the Azure-style names <c>MicrosoftAppId</c>,
/// <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>, <c>MicrosoftAppType</c>).
/// With no app id the bot runs anonymously, which is allowed only in Development or with
/// <see cref="AllowAnonymous"/> (bot-protocol §4.4).
/// </summary>
public sealed class BotOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Bot";

    /// <summary>The Azure Bot's Microsoft App ID (the audience of incoming tokens). Empty = anonymous mode.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The app registration's client secret (never logged).</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The Entra tenant id; required for <see cref="BotAppType.SingleTenant"/>.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Which tenant issues outgoing tokens. Default <see cref="BotAppType.SingleTenant"/>
    /// (new multi-tenant Azure Bots cannot be created since 2025-07-31).</summary>
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.SingleTenant;

    /// <summary>
    /// Mark answers "AI generated" in Teams (<c>additionalType: ["AIGeneratedContent"]</c> on the citation entity).
    /// Default false: PoznanAsk's answers are extracted from the reports and quote them, nothing is generated.
    /// </summary>
    public bool AiGeneratedLabel { get; set; }

    /// <summary>Accept unauthenticated activities even outside Development. Default false.</summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>The Bot Framework OpenID metadata document (signing keys of channel tokens).</summary>
    [Required]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The only accepted issuer of channel tokens.</summary>
    [Required]
    public string ValidIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>The client-credentials token endpoint; <c>{tenant}</c> is replaced by the tenant
    /// (<c>botframework.com</c> for multi-tenant apps, the tenant id otherwise).</summary>
    [Required]
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";

    /// <summary>The managed-identity token endpoint used for <see cref="BotAppType.UserAssignedMSI"/>.</summary>
    [Required]
    public string ManagedIdentityEndpoint { get; set; } = "http://169.254.169.254/metadata/identity/oauth2/token";

    /// <summary>The scope of outgoing tokens.</summary>
    [Required]
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Hosts that replies may go to in anonymous mode besides loopback (bot-protocol §4.4).</summary>
    public IList<string> AnonymousServiceUrlHosts { get; } = [];

    /// <summary>Retries of a failed Connector call (429, 412, 5xx, network). Default 3.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay in milliseconds, doubled per attempt with ±jitter. Default 2000.</summary>
    [Range(1, 60_000)]
    public int RetryBaseDelayMs { get; set; } = 2000;

    /// <summary>Longest retry delay (also caps Retry-After) in milliseconds. Default 20000.</summary>
    [Range(1, 300_000)]
    public int RetryMaxDelayMs { get; set; } = 20_000;

    /// <summary>Timeout of one Connector or token request in seconds. Default 30.</summary>
    [Range(1, 300)]
    public int HttpTimeoutSeconds { get; set; } = 30;

    /// <summary>True when an app id is configured, i.e. requests must carry a valid channel token.</summary>
    public bool RequiresAuthentication => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}

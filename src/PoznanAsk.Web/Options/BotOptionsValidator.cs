using Microsoft.Extensions.Options;

namespace PoznanAsk.Web.Options;

/// <summary>
/// Cross-field checks of <see cref="BotOptions"/> run at start (ValidateOnStart): credentials complete for
/// the app type; endpoints absolute and HTTPS unless on loopback (tests point them at 127.0.0.1 fakes).
/// A missing app id is not an error: outside Development <c>/api/messages</c> then answers 401 (bot-protocol
/// §8 item 14) while the web chat and the REST API work.
/// </summary>
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var errors = new List<string>();
        if (options.RequiresAuthentication)
        {
            if (!Guid.TryParse(options.MicrosoftAppId, out _))
            {
                errors.Add("Bot:MicrosoftAppId must be a GUID (the Azure Bot's Microsoft App ID).");
            }

            if (options.MicrosoftAppType != BotAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                errors.Add($"Bot:MicrosoftAppPassword is required for MicrosoftAppType {options.MicrosoftAppType}.");
            }

            if (options.MicrosoftAppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                errors.Add("Bot:MicrosoftAppTenantId is required for MicrosoftAppType SingleTenant.");
            }
        }

        CheckUrl(options.OpenIdMetadataUrl, "Bot:OpenIdMetadataUrl", errors);
        CheckUrl(options.TokenEndpoint.Replace("{tenant}", "t", StringComparison.Ordinal), "Bot:TokenEndpoint", errors);
        if (options.RetryMaxDelayMs < options.RetryBaseDelayMs)
        {
            errors.Add("Bot:RetryMaxDelayMs must not be smaller than Bot:RetryBaseDelayMs.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckUrl(string value, string key, List<string> errors)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{key} must be an absolute http(s) URL, got '{value}'.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            errors.Add($"{key} must use https unless it points at loopback, got '{value}'.");
        }
    }
}

namespace PoznanAsk.Web.Bot;

/// <summary>The outcome of authenticating a request to <c>/api/messages</c>.</summary>
/// <param name="Succeeded">True when the request may proceed.</param>
/// <param name="Anonymous">True in anonymous mode (no app id): nothing was checked.</param>
/// <param name="Error">Why authentication failed (safe to log and return; never contains the token).</param>
/// <param name="ServiceUrlClaim">The token's <c>serviceurl</c> claim.</param>
/// <param name="Endorsements">The signing key's endorsed channel ids; null when the key lists none.</param>
internal sealed record BotAuthResult(bool Succeeded, bool Anonymous, string? Error, string? ServiceUrlClaim, IReadOnlyList<string>? Endorsements)
{
    public static BotAuthResult AnonymousOk { get; } = new(true, true, null, null, null);

    public static BotAuthResult Fail(string error) => new(false, false, error, null, null);

    /// <summary>bot-protocol §2.1 step 4: the claims must agree with the parsed activity.</summary>
    public string? CheckActivity(Activity activity)
    {
        if (Anonymous)
        {
            return null;
        }

        var expectReplies = string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase);
        if (!(expectReplies && activity.ServiceUrl is null))
        {
            if (ServiceUrlClaim is null)
            {
                return "The token carries no serviceurl claim.";
            }

            if (!string.Equals(Trim(ServiceUrlClaim), Trim(activity.ServiceUrl), StringComparison.Ordinal))
            {
                return "The token's serviceurl claim does not match the activity's serviceUrl.";
            }
        }

        if (Endorsements is { Count: > 0 } endorsed && !endorsed.Contains(activity.ChannelId ?? string.Empty, StringComparer.Ordinal))
        {
            return $"The signing key is not endorsed for channel '{activity.ChannelId}'.";
        }

        return null;
    }

    private static string Trim(string? url) =>
        url is null ? string.Empty : url.EndsWith('/') ? url[..^1] : url;
}

namespace PoznanAsk.Web.Bot;

/// <summary>The 400 rules of bot-protocol §2.1 step 3: what an activity needs before it can be processed.</summary>
internal static class ActivityValidator
{
    public const int MaxTextChars = 100_000;

    /// <summary>Null when valid; otherwise what is wrong.</summary>
    public static string? Validate(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type'.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }

        var expectReplies = string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase);
        if (activity.ServiceUrl is null)
        {
            return expectReplies ? null : "The activity has no 'serviceUrl', so no reply could be sent.";
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "The activity's 'serviceUrl' is not an absolute http(s) URL.";
        }

        return activity.Text is { Length: > MaxTextChars } ? $"The activity's 'text' is longer than {MaxTextChars} characters." : null;
    }
}

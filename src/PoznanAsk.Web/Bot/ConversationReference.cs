namespace PoznanAsk.Web.Bot;

/// <summary>What it takes to answer in a conversation later, after the HTTP request has ended (bot-protocol §1.4).</summary>
internal sealed record ConversationReference(
    string ChannelId,
    string? ServiceUrl,
    string ConversationId,
    string? TenantId,
    string? ConversationType,
    string? BotId,
    string? UserId,
    string? ActivityId,
    string? Locale)
{
    public static ConversationReference From(Activity activity) => new(
        activity.ChannelId ?? string.Empty,
        activity.ServiceUrl,
        activity.Conversation?.Id ?? string.Empty,
        activity.Conversation?.TenantId,
        activity.Conversation?.ConversationType,
        activity.Recipient?.Id,
        activity.From?.Id,
        activity.Id,
        activity.Locale);
}

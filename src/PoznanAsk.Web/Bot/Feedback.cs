namespace PoznanAsk.Web.Bot;

/// <summary>One rating of an answer.</summary>
internal sealed record Feedback(string ChannelId, string ConversationId, string? ActivityId, string Reaction, string? Text);

namespace PoznanAsk.Web.DirectLine;

/// <summary>A validated Direct Line token: whose it is and which conversation it opens.</summary>
internal sealed record DirectLineToken(string UserId, string ConversationId);

namespace PoznanAsk.Web.Api;

/// <summary>The body of <c>POST /api/ask</c>.</summary>
/// <param name="Question">The question, in Polish or English (required, at most Turns:MaxQuestionLength characters, counted as Unicode code points).</param>
/// <param name="Locale">The asker's locale (BCP-47), e.g. <c>pl-PL</c>.</param>
/// <param name="ConversationId">Keeps follow-up context across calls, when given (any string of at most 200 characters chosen by the caller); without it every call is stateless.</param>
public sealed record AskRequest(string? Question, string? Locale = null, string? ConversationId = null);

using PoznanAsk.Answering.Answers;

namespace PoznanAsk.Answering.Conversation;

/// <summary>A user's message, stripped of transport details (mentions already removed).</summary>
/// <param name="Text">What the user typed.</param>
/// <param name="Locale">The client's locale (BCP-47), if known.</param>
/// <param name="ChannelId">Where it came from: <c>msteams</c>, <c>webchat</c>, <c>directline</c>, <c>cli</c>, <c>api</c>…</param>
/// <param name="ConversationId">The conversation, for per-conversation context.</param>
public sealed record TurnRequest(string Text, string? Locale, string ChannelId, string ConversationId);

/// <summary>
/// The one transport-free turn handler behind <c>/api/messages</c>, Direct Line, the REST API and the
/// CLI. It never throws for user input: bad or empty questions get a polite answer.
/// </summary>
public interface ITurnHandler
{
    /// <summary>Answers a message.</summary>
    Task<Answer> HandleMessageAsync(TurnRequest request, CancellationToken cancellationToken);

    /// <summary>The greeting for a new conversation, with example questions as suggestions.</summary>
    Answer Welcome(string? locale);
}

using System.Text.Json.Serialization;

namespace PoznanAsk.Web.DirectLine;

/// <summary>
/// What <c>POST /api/webchat/token</c> returns to the page (bot-protocol §6.4), plus the question-length limit the
/// send box counts against and whether the token resumes the conversation the page already had.
/// </summary>
internal sealed record TokenResponse(
    string Token,
    string ConversationId,
    string UserId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    int MaxQuestionChars,
    bool Resumed);

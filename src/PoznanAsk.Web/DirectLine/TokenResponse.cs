using System.Text.Json.Serialization;

namespace PoznanAsk.Web.DirectLine;

/// <summary>What <c>POST /api/webchat/token</c> returns to the page (bot-protocol §6.4).</summary>
internal sealed record TokenResponse(
    string Token,
    string ConversationId,
    string UserId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

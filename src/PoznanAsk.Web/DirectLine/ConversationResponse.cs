using System.Text.Json.Serialization;

namespace PoznanAsk.Web.DirectLine;

/// <summary>The Direct Line Conversation object (start, reconnect, token refresh, web chat token).</summary>
internal sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl);

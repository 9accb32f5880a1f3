using System.Text.Json;
using System.Text.Json.Nodes;
using PoznanAsk.Web.State;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// Synchronous <c>invoke</c> activities (bot-protocol §2.4): Teams feedback (<c>message/submitAction</c>)
/// is stored (conversation-state store) and answered 200 with an empty body; any other name is 501, as the SDKs do.
/// </summary>
internal sealed class InvokeHandler(IConversationStateStore state, ILogger<InvokeHandler> logger)
{
    public async Task<int> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!string.Equals(activity.Name, "message/submitAction", StringComparison.Ordinal))
        {
            return StatusCodes.Status501NotImplemented;
        }

        if (activity.Value is JsonObject value && Text(value["actionName"]) == "feedback")
        {
            var action = value["actionValue"] as JsonObject;
            var feedback = new Feedback(
                activity.ChannelId ?? string.Empty,
                activity.Conversation?.Id ?? string.Empty,
                activity.ReplyToId,
                Text(action?["reaction"]) ?? "unknown",
                FeedbackText(Text(action?["feedback"])));
            await state.AddFeedbackAsync(feedback, cancellationToken);
            logger.LogInformation("Feedback {Reaction} on answer {ActivityId} in {ChannelId}", feedback.Reaction, feedback.ActivityId, feedback.ChannelId);
        }

        return StatusCodes.Status200OK;
    }

    // Teams sends the text box as a JSON string, {"feedbackText":"…"}; anything else is kept as it came.
    private static string? FeedbackText(string? feedback)
    {
        if (feedback is not { Length: > 0 } || feedback[0] != '{')
        {
            return feedback;
        }

        try
        {
            return JsonNode.Parse(feedback) is JsonObject o && Text(o["feedbackText"]) is { } text ? text : feedback;
        }
        catch (JsonException)
        {
            return feedback;
        }
    }

    private static string? Text(JsonNode? node) =>
        node is not null && node.GetValueKind() == JsonValueKind.String ? (string?)node : null;
}

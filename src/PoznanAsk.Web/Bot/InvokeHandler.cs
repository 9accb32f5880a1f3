using System.Text.Json;
using System.Text.Json.Nodes;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// Synchronous <c>invoke</c> activities (bot-protocol §2.4): Teams feedback (<c>message/submitAction</c>)
/// is stored and answered 200 with an empty body; any other name is 501, as the SDKs do.
/// </summary>
internal sealed class InvokeHandler(FeedbackStore feedback)
{
    public int Handle(Activity activity)
    {
        if (!string.Equals(activity.Name, "message/submitAction", StringComparison.Ordinal))
        {
            return StatusCodes.Status501NotImplemented;
        }

        if (activity.Value is JsonObject value && Text(value["actionName"]) == "feedback")
        {
            var action = value["actionValue"] as JsonObject;
            feedback.Add(new Feedback(
                activity.ChannelId ?? string.Empty,
                activity.Conversation?.Id ?? string.Empty,
                activity.ReplyToId,
                Text(action?["reaction"]) ?? "unknown",
                Text(action?["feedback"])));
        }

        return StatusCodes.Status200OK;
    }

    private static string? Text(JsonNode? node) =>
        node is not null && node.GetValueKind() == JsonValueKind.String ? (string?)node : null;
}

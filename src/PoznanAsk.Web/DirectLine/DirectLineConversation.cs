using System.Globalization;
using System.Text.Json;
using PoznanAsk.Web.Bot;
using PoznanAsk.Web.State;

namespace PoznanAsk.Web.DirectLine;

/// <summary>
/// One Direct Line conversation (bot-protocol §6.1): the ordered stream of the user's echoed activities and
/// the bot's replies, kept in the conversation-state store so it survives a restart. Each stored activity
/// gets a server id (<c>conversation|sequence</c>), an increasing UTC timestamp, the conversation and channel;
/// the watermark is the sequence number of the next activity.
/// </summary>
internal sealed class DirectLineConversation(string id, string userId, DirectLineStore store)
{
    public const string ChannelId = "directline";

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    /// <summary>Stamps and stores an activity, wakes this conversation's WebSocket; returns the activity's id (null when the conversation expired meanwhile).</summary>
    public async Task<string?> AppendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var seq = await store.State.AppendActivityAsync(Id, n =>
        {
            activity.Id = ActivityId(Id, n);
            activity.Timestamp = store.NextTimestamp().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
            activity.ChannelId = ChannelId;
            activity.Conversation = new ConversationAccount { Id = Id };
            activity.ServiceUrl = null;
            return JsonSerializer.Serialize(activity, BotJsonContext.Wire.GetTypeInfo(typeof(Activity)));
        }, cancellationToken);
        store.Signal(Id);
        return seq is null ? null : activity.Id;
    }

    /// <summary>The stored activities from <paramref name="watermark"/> on, as stored JSON, and the new watermark.</summary>
    public async Task<ActivityPage> SinceAsync(long watermark, CancellationToken cancellationToken) =>
        await store.State.ActivitiesSinceAsync(Id, watermark, cancellationToken) ?? new ActivityPage([], watermark);

    /// <summary>Attaches a WebSocket listener; the previous one in this process, if any, is told to close (collision).</summary>
    public DirectLineListener Listen() => store.Listen(Id);

    public void Unlisten(DirectLineListener listener) => store.Unlisten(Id, listener);

    private static string ActivityId(string conversationId, long seq) => conversationId + "|" + seq.ToString("D7", CultureInfo.InvariantCulture);
}

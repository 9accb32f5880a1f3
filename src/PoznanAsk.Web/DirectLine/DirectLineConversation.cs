using System.Globalization;
using PoznanAsk.Web.Bot;

namespace PoznanAsk.Web.DirectLine;

/// <summary>
/// One Direct Line conversation: the ordered stream of the user's echoed activities and the bot's
/// replies (bot-protocol §6.1). Each stored activity gets a server id, an increasing UTC timestamp, the
/// conversation and channel; the watermark is the sequence number of the next activity. Only the latest
/// <c>capacity</c> activities are kept. At most one WebSocket listens (a new one closes the old).
/// </summary>
internal sealed class DirectLineConversation(string id, string userId, int capacity, TimeProvider time)
{
    public const string ChannelId = "directline";
    private readonly Lock _lock = new();
    private readonly Queue<Activity> _activities = new();
    private long _next;
    private DateTimeOffset _lastTimestamp;
    private DirectLineListener? _listener;
    private long _lastActiveTicks = time.GetUtcNow().UtcTicks;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    public DateTimeOffset LastActive => new(Interlocked.Read(ref _lastActiveTicks), TimeSpan.Zero);

    public void Touch() => Interlocked.Exchange(ref _lastActiveTicks, time.GetUtcNow().UtcTicks);

    /// <summary>Stamps and stores an activity; returns its id.</summary>
    public string Append(Activity activity)
    {
        DirectLineListener? listener;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            _lastTimestamp = now > _lastTimestamp ? now : _lastTimestamp.AddTicks(1);
            activity.Id = Id + "|" + _next.ToString("D7", CultureInfo.InvariantCulture);
            activity.Timestamp = _lastTimestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
            activity.ChannelId = ChannelId;
            activity.Conversation = new ConversationAccount { Id = Id };
            activity.ServiceUrl = null;
            _activities.Enqueue(activity);
            _next++;
            while (_activities.Count > capacity)
            {
                _activities.Dequeue();
            }

            listener = _listener;
        }

        listener?.Signal();
        return activity.Id;
    }

    /// <summary>The stored activities from sequence number <paramref name="watermark"/> on, and the new watermark.</summary>
    public ActivitySet Since(long watermark)
    {
        lock (_lock)
        {
            var first = _next - _activities.Count;
            var skip = (int)Math.Clamp(watermark - first, 0, _activities.Count);
            var list = skip == _activities.Count ? [] : _activities.Skip(skip).ToList();
            return new ActivitySet(list, _next.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Attaches a WebSocket listener; the previous one, if any, is told to close (collision).</summary>
    public DirectLineListener Listen()
    {
        var listener = new DirectLineListener();
        DirectLineListener? old;
        lock (_lock)
        {
            old = _listener;
            _listener = listener;
        }

        old?.Close("collision");
        return listener;
    }

    public void Unlisten(DirectLineListener listener)
    {
        lock (_lock)
        {
            if (_listener == listener)
            {
                _listener = null;
            }
        }
    }

    /// <summary>The conversation expired or was evicted: close its socket.</summary>
    public void End()
    {
        DirectLineListener? listener;
        lock (_lock)
        {
            listener = _listener;
            _listener = null;
        }

        listener?.Close("expired");
    }
}

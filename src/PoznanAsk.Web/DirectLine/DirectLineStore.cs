using System.Collections.Concurrent;
using PoznanAsk.Web.State;

namespace PoznanAsk.Web.DirectLine;

/// <summary>
/// The Direct Line conversations, kept in the <see cref="IConversationStateStore"/> (bounded by its retention
/// rules), and the WebSocket listeners of this process. A listener is woken when this process appends; it also
/// re-reads the store every <see cref="ListenerPollInterval"/>, so replies written by another replica reach it.
/// </summary>
internal sealed class DirectLineStore(IConversationStateStore state, TimeProvider time)
{
    public static readonly TimeSpan ListenerPollInterval = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<string, DirectLineListener> _listeners = new(StringComparer.Ordinal);
    private long _lastTimestampTicks;

    public IConversationStateStore State => state;

    public TimeProvider Time => time;

    /// <summary>The live conversation, or null when it is unknown or expired.</summary>
    public async Task<DirectLineConversation?> FindAsync(string id, CancellationToken cancellationToken) =>
        await state.FindDirectLineAsync(id, cancellationToken) is { } user ? new DirectLineConversation(id, user, this) : null;

    /// <summary>Returns the conversation and whether this call created it.</summary>
    public async Task<(DirectLineConversation Conversation, bool Created)> GetOrStartAsync(string id, string userId, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        var created = await state.StartDirectLineAsync(id, userId, cancellationToken);
        return (new DirectLineConversation(id, userId, this), created);
    }

    /// <summary>Drops idle conversations (and closes their sockets here); returns how many went.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var removed = await state.SweepAsync(cancellationToken);
        foreach (var (id, listener) in _listeners)
        {
            if (await state.FindDirectLineAsync(id, cancellationToken) is null && _listeners.TryRemove(new KeyValuePair<string, DirectLineListener>(id, listener)))
            {
                listener.Close("expired");
            }
        }

        return removed;
    }

    /// <summary>A strictly increasing timestamp (Web Chat orders by it).</summary>
    public DateTimeOffset NextTimestamp()
    {
        while (true)
        {
            var last = Interlocked.Read(ref _lastTimestampTicks);
            var now = time.GetUtcNow().UtcTicks;
            var next = now > last ? now : last + 1;
            if (Interlocked.CompareExchange(ref _lastTimestampTicks, next, last) == last)
            {
                return new DateTimeOffset(next, TimeSpan.Zero);
            }
        }
    }

    public void Signal(string id)
    {
        if (_listeners.TryGetValue(id, out var listener))
        {
            listener.Signal();
        }
    }

    public DirectLineListener Listen(string id)
    {
        var listener = new DirectLineListener();
        DirectLineListener? old = null;
        _listeners.AddOrUpdate(id, listener, (_, previous) =>
        {
            old = previous;
            return listener;
        });
        old?.Close("collision");
        return listener;
    }

    public void Unlisten(string id, DirectLineListener listener) =>
        _listeners.TryRemove(new KeyValuePair<string, DirectLineListener>(id, listener));
}

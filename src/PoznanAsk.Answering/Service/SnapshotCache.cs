using System.Collections.Concurrent;

namespace PoznanAsk.Answering.Service;

/// <summary>
/// A bounded cache of results computed over one snapshot of the engine (an answer composer, a search
/// index). Results are pure functions of the key and the snapshot, and a snapshot never changes, so a
/// hit is exactly what a miss would compute; when the caller passes a different snapshot (after a
/// re-index or a refresh) everything cached for the old one is dropped at once.
/// </summary>
/// <remarks>
/// Bounded by two generations of at most <c>capacity</c> entries each: when the current generation is
/// full it becomes the previous one and the one before is dropped; a hit in the previous generation is
/// copied forward. That keeps what is asked often at the cost of a lookup in two dictionaries, without
/// the bookkeeping of an exact LRU (a trade-off: an entry asked once is kept until two generations
/// later). Memory stays below 2 × capacity entries. Thread-safe; two threads missing on one key may
/// both compute it, and either result is the same.
/// </remarks>
/// <typeparam name="TKey">The request (a record with value equality).</typeparam>
/// <typeparam name="TValue">The immutable result.</typeparam>
internal sealed class SnapshotCache<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    private readonly int _capacity;
    private readonly Lock _rotate = new();
    private volatile Generations _generations;

    /// <summary>A cache of at most 2 × <paramref name="capacity"/> entries; 0 turns it off (every call computes).</summary>
    public SnapshotCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _capacity = capacity;
        _generations = new Generations(new object(), new(), new());
    }

    /// <summary>Whether results are kept at all.</summary>
    public bool Enabled => _capacity > 0;

    /// <summary>How many results are kept now (both generations).</summary>
    public int Count
    {
        get
        {
            var g = _generations;
            return g.Recent.Count + g.Older.Count;
        }
    }

    /// <summary>The result for <paramref name="key"/> over <paramref name="snapshot"/>: cached, or computed by <paramref name="compute"/> and kept.</summary>
    public TValue GetOrAdd(object snapshot, TKey key, Func<TKey, TValue> compute)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(compute);
        if (_capacity == 0)
        {
            return compute(key);
        }

        var g = Current(snapshot);
        if (g.Recent.TryGetValue(key, out var hit))
        {
            return hit;
        }

        if (g.Older.TryGetValue(key, out hit))
        {
            Add(g, key, hit);
            return hit;
        }

        var value = compute(key);
        Add(g, key, value);
        return value;
    }

    private Generations Current(object snapshot)
    {
        var g = _generations;
        if (ReferenceEquals(g.Snapshot, snapshot))
        {
            return g;
        }

        lock (_rotate)
        {
            if (!ReferenceEquals(_generations.Snapshot, snapshot))
            {
                _generations = new Generations(snapshot, new(), new());
            }

            return _generations;
        }
    }

    private void Add(Generations g, TKey key, TValue value)
    {
        if (g.Recent.Count >= _capacity)
        {
            lock (_rotate)
            {
                var now = _generations;
                if (!ReferenceEquals(now.Snapshot, g.Snapshot))
                {
                    return; // the snapshot was swapped meanwhile: the value belongs to the old one
                }

                if (ReferenceEquals(now, g))
                {
                    now = new Generations(g.Snapshot, new(), g.Recent);
                    _generations = now;
                }

                g = now;
            }
        }

        g.Recent.TryAdd(key, value);
    }

    private sealed record Generations(object Snapshot, ConcurrentDictionary<TKey, TValue> Recent, ConcurrentDictionary<TKey, TValue> Older);
}

using System.Collections.Concurrent;

namespace PoznanAsk.Answering.Conversation;

/// <summary>An in-process <see cref="IFollowUpStore"/> holding at most <c>capacity</c> conversations (the oldest go first).</summary>
public sealed class MemoryFollowUpStore(int capacity = 10_000) : IFollowUpStore
{
    private readonly ConcurrentDictionary<string, FollowUpContext> _contexts = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<FollowUpContext?> LoadFollowUpAsync(string key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_contexts.TryGetValue(key, out var context) ? context : null);

    /// <inheritdoc />
    public ValueTask SaveFollowUpAsync(string key, FollowUpContext context, CancellationToken cancellationToken)
    {
        _contexts[key] = context;
        while (_contexts.Count > capacity && _contexts.MinBy(p => p.Value.UpdatedAt) is { Key: { } oldest })
        {
            _contexts.TryRemove(oldest, out _);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ForgetFollowUpAsync(string key, CancellationToken cancellationToken)
    {
        _contexts.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }
}

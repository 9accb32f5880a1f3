using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PoznanAsk.Web.Options;

namespace PoznanAsk.Web.DirectLine;

/// <summary>
/// All live Direct Line conversations, in memory and bounded: at most
/// <see cref="LimitsOptions.MaxDirectLineConversations"/> (starting one more evicts the least recently
/// active) and each idle longer than <see cref="LimitsOptions.DirectLineIdleMinutes"/> is dropped by
/// <see cref="Sweep"/>.
/// </summary>
internal sealed class DirectLineStore(IOptions<LimitsOptions> limits, TimeProvider time, ILogger<DirectLineStore> logger)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _startLock = new();

    public int Count => _conversations.Count;

    public DirectLineConversation? Find(string id)
    {
        if (_conversations.TryGetValue(id, out var conversation))
        {
            conversation.Touch();
            return conversation;
        }

        return null;
    }

    /// <summary>Returns the conversation and whether this call created it.</summary>
    public (DirectLineConversation Conversation, bool Created) GetOrStart(string id, string userId)
    {
        if (Find(id) is { } existing)
        {
            return (existing, false);
        }

        lock (_startLock)
        {
            if (Find(id) is { } raced)
            {
                return (raced, false);
            }

            while (_conversations.Count >= limits.Value.MaxDirectLineConversations)
            {
                var oldest = _conversations.Values.MinBy(c => c.LastActive);
                if (oldest is null || !_conversations.TryRemove(oldest.Id, out _))
                {
                    break;
                }

                oldest.End();
                logger.LogInformation("Direct Line conversation evicted: the cap of {Max} was reached", limits.Value.MaxDirectLineConversations);
            }

            var created = new DirectLineConversation(id, userId, limits.Value.MaxActivitiesPerConversation, time);
            _conversations[id] = created;
            return (created, true);
        }
    }

    /// <summary>Drops conversations idle for longer than the limit; returns how many.</summary>
    public int Sweep()
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromMinutes(limits.Value.DirectLineIdleMinutes);
        var removed = 0;
        foreach (var (id, conversation) in _conversations)
        {
            if (conversation.LastActive < cutoff && _conversations.TryRemove(id, out _))
            {
                conversation.End();
                removed++;
            }
        }

        return removed;
    }
}

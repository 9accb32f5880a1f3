using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using PoznanAsk.Web.Options;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// Per-conversation state of <c>/api/messages</c> conversations: the latest conversation reference and
/// whether the welcome was sent. A size-limited cache, so memory stays bounded whatever channels send.
/// </summary>
internal sealed class BotConversationStore : IDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromDays(30);
    private readonly MemoryCache _cache;

    public BotConversationStore(IOptions<LimitsOptions> limits)
    {
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = limits.Value.MaxBotConversations });
    }

    public void Remember(Activity activity)
    {
        var state = Get(activity.ChannelId, activity.Conversation?.Id);
        state.Reference = ConversationReference.From(activity);
    }

    public ConversationReference? Find(string? channelId, string? conversationId) =>
        _cache.TryGetValue(Key(channelId, conversationId), out ConversationState? state) ? state?.Reference : null;

    /// <summary>True the first time it is called for a conversation.</summary>
    public bool TryMarkWelcomed(string? channelId, string? conversationId) =>
        Interlocked.Exchange(ref Get(channelId, conversationId).Welcomed, 1) == 0;

    public void Forget(string? channelId, string? conversationId) => _cache.Remove(Key(channelId, conversationId));

    public void Dispose() => _cache.Dispose();

    private ConversationState Get(string? channelId, string? conversationId) =>
        _cache.GetOrCreate(Key(channelId, conversationId), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = Idle;
            return new ConversationState();
        })!;

    private static string Key(string? channelId, string? conversationId) => channelId + "\n" + conversationId;

    private sealed class ConversationState
    {
#pragma warning disable SA1401, CA1051 // Interlocked needs a field.
        public int Welcomed;
#pragma warning restore SA1401, CA1051

        public ConversationReference? Reference { get; set; }
    }
}

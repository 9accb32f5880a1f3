using PoznanAsk.Answering.Conversation;
using PoznanAsk.Web.Bot;

namespace PoznanAsk.Web.State;

/// <summary>
/// Everything a conversation needs to survive a restart, a deploy or a move to another replica: Direct Line
/// conversations (their activities and watermarks), Bot Framework conversation references and welcome marks,
/// answer feedback, and follow-up context. The embedded default is <see cref="SqliteConversationStateStore"/>
/// (one file in the data folder); <see cref="RedisConversationStateStore"/> is the one replicas share. Retention
/// (<see cref="StateRetention"/>) keeps every part bounded. Implementations are thread-safe; activities are
/// stored as the JSON the channel sends, so a store never needs the activity types.
/// </summary>
internal interface IConversationStateStore : IFollowUpStore
{
    /// <summary>Starts a Direct Line conversation for <paramref name="userId"/>; false when it already exists.
    /// May evict the least recently active conversation to stay within <see cref="StateRetention.MaxDirectLineConversations"/>.</summary>
    ValueTask<bool> StartDirectLineAsync(string conversationId, string userId, CancellationToken cancellationToken);

    /// <summary>The user of a live Direct Line conversation (and marks it active), or null when it is unknown or expired.</summary>
    ValueTask<string?> FindDirectLineAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends an activity: the store assigns the next sequence number, <paramref name="stamp"/> turns it into the
    /// JSON to keep (with the id and timestamp it implies). Older activities beyond
    /// <see cref="StateRetention.MaxActivitiesPerConversation"/> are dropped. Null when the conversation is gone.
    /// </summary>
    ValueTask<long?> AppendActivityAsync(string conversationId, Func<long, string> stamp, CancellationToken cancellationToken);

    /// <summary>The activities from sequence number <paramref name="watermark"/> on (as stored JSON, in order) and the
    /// next watermark; null when the conversation is gone.</summary>
    ValueTask<ActivityPage?> ActivitiesSinceAsync(string conversationId, long watermark, CancellationToken cancellationToken);

    /// <summary>Saves the latest conversation reference of a Bot Framework conversation.</summary>
    ValueTask SaveReferenceAsync(ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>The latest reference of a conversation, or null.</summary>
    ValueTask<ConversationReference?> FindReferenceAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>True the first time it is called for a conversation (the welcome is sent once).</summary>
    ValueTask<bool> TryMarkWelcomedAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>Forgets a conversation: its reference, welcome mark, Direct Line activities and follow-up context.</summary>
    ValueTask ForgetConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>Stores a rating of an answer.</summary>
    ValueTask AddFeedbackAsync(Feedback feedback, CancellationToken cancellationToken);

    /// <summary>The latest <paramref name="max"/> ratings, newest last.</summary>
    ValueTask<IReadOnlyList<Feedback>> RecentFeedbackAsync(int max, CancellationToken cancellationToken);

    /// <summary>One line for readiness: where the state is and that it answers.</summary>
    /// <exception cref="StateStoreUnavailableException">The store cannot be reached.</exception>
    ValueTask<string> DescribeAsync(CancellationToken cancellationToken);

    /// <summary>Applies the time-based retention rules (idle conversations, old references and contexts); returns how many conversations went.</summary>
    ValueTask<int> SweepAsync(CancellationToken cancellationToken);
}

/// <summary>A page of stored Direct Line activities.</summary>
/// <param name="Activities">The activities' JSON, in sequence order.</param>
/// <param name="Watermark">The sequence number of the next activity.</param>
internal sealed record ActivityPage(IReadOnlyList<string> Activities, long Watermark);

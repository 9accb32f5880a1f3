namespace PoznanAsk.Answering.Conversation;

/// <summary>
/// Where a conversation's follow-up context lives between turns. Keys are opaque (channel and conversation
/// id); the host's conversation-state store implements it (SQLite by default, shared stores for replicas),
/// the CLI's chat keeps it in memory.
/// </summary>
public interface IFollowUpStore
{
    /// <summary>The context saved for <paramref name="key"/>, or null.</summary>
    ValueTask<FollowUpContext?> LoadFollowUpAsync(string key, CancellationToken cancellationToken);

    /// <summary>Saves (replaces) the context of <paramref name="key"/>.</summary>
    ValueTask SaveFollowUpAsync(string key, FollowUpContext context, CancellationToken cancellationToken);

    /// <summary>Forgets the context of <paramref name="key"/> (end of conversation).</summary>
    ValueTask ForgetFollowUpAsync(string key, CancellationToken cancellationToken);
}

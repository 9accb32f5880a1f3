using PoznanAsk.Answering.Conversation;

namespace PoznanAsk.Web.State;

/// <summary>The follow-up context key of a conversation, as the turn handler forms it.</summary>
internal static class FollowUpKeys
{
    public static string For(string channelId, string conversationId) => FollowUpContext.KeyFor(channelId, conversationId);
}

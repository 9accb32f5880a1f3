using Microsoft.Extensions.Options;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Web.Options;

namespace PoznanAsk.Web.State;

/// <summary>
/// The retention rules every <see cref="IConversationStateStore"/> applies: the in-memory limits the host has
/// always had (<see cref="LimitsOptions"/>), now applied to stored state.
/// </summary>
internal sealed record StateRetention(
    int MaxDirectLineConversations,
    int MaxActivitiesPerConversation,
    TimeSpan DirectLineIdle,
    int MaxBotConversations,
    TimeSpan BotConversationIdle,
    int MaxFeedback,
    TimeSpan FollowUpIdle)
{
    /// <summary>Bot Framework references are kept this long after the last activity (Teams may come back weeks later).</summary>
    public static readonly TimeSpan DefaultBotConversationIdle = TimeSpan.FromDays(30);

    public static StateRetention From(IOptions<LimitsOptions> limits, TurnPolicy policy)
    {
        var l = limits.Value;
        return new StateRetention(
            l.MaxDirectLineConversations,
            l.MaxActivitiesPerConversation,
            TimeSpan.FromMinutes(l.DirectLineIdleMinutes),
            l.MaxBotConversations,
            DefaultBotConversationIdle,
            l.MaxBotConversations,
            TimeSpan.FromMinutes(policy.Options.FollowUpMinutes));
    }
}

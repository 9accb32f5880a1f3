using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using PoznanAsk.Answering.Answers;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// Turns an <see cref="Answer"/> into the reply activity for the incoming one, shaped exactly as
/// bot-protocol §1.4 says, with the channel's citation format (§5.4): Teams gets the schema.org Message
/// entity, an Adaptive Card of sources and feedback buttons; Web Chat gets the same entity plus Markdown
/// link definitions and the follow-up questions as suggested actions. No "AI generated" label unless configured.
/// </summary>
internal static class ReplyFactory
{
    /// <summary>Teams shows only the first three suggested actions.</summary>
    public const int MaxSuggestedActions = 3;

    /// <summary>Stay well below Teams' 100 KB message limit (§5.3).</summary>
    public const int MaxActivityBytes = 80 * 1024;

    public static Activity Typing(Activity incoming) => Base(incoming, "typing");

    /// <summary>The reply carrying <paramref name="answer"/>.</summary>
    /// <param name="incoming">The activity answered.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="aiGeneratedLabel">Mark the reply "AI generated" (<c>Bot:AiGeneratedLabel</c>, off by default: the answers are extracted).</param>
    public static Activity Message(Activity incoming, Answer answer, bool aiGeneratedLabel)
    {
        var reply = Base(incoming, "message");
        if (answer.Language == "en")
        {
            // A reply to an English question is English, whatever the client's locale.
            reply.Locale = incoming.Locale is { } l && l.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? l : "en";
        }

        var parts = Parts.For(answer, IsTeams(incoming.ChannelId), aiGeneratedLabel, reply);
        reply.Text = parts.Text;
        reply.TextFormat = "markdown";
        reply.Entities = parts.Entities;
        reply.ChannelData = parts.ChannelData;
        reply.Attachments = parts.Attachments;
        reply.SuggestedActions = parts.SuggestedActions;
        return reply;
    }

    public static Activity Text(Activity incoming, string text)
    {
        var reply = Base(incoming, "message");
        reply.Text = text;
        reply.TextFormat = "markdown";
        return reply;
    }

    private static Activity Base(Activity incoming, string type) => new()
    {
        Type = type,
        From = incoming.Recipient?.CopyIdentity(),
        Recipient = incoming.From?.CopyIdentity(),
        Conversation = incoming.Conversation?.Id is { } id ? new ConversationAccount { Id = id } : null,
        ReplyToId = string.IsNullOrEmpty(incoming.Id) ? null : incoming.Id,
        ChannelId = incoming.ChannelId,
        Locale = IsPolish(incoming.Locale) ? incoming.Locale : "pl-PL",
    };

    private static SuggestedActions? Suggestions(IReadOnlyList<string> questions)
    {
        var actions = questions.Where(q => !string.IsNullOrWhiteSpace(q)).Take(MaxSuggestedActions)
            .Select(q => new CardAction { Type = "imBack", Title = q, Value = q })
            .ToList();
        return actions.Count == 0 ? null : new SuggestedActions { Actions = actions };
    }

    /// <summary>
    /// What a reply carries of its answer — text, citation entity, sources card, feedback flag, suggestions — per
    /// answer, channel kind and label setting. Answers are kept per index snapshot and come back as the same object,
    /// so the parts are built (and their JSON written) once per answer, not per reply; replies share them read-only
    /// (nothing changes a reply after this factory).
    /// </summary>
    private sealed record Parts(string Text, List<Entity>? Entities, JsonNode? ChannelData, List<Attachment>? Attachments, SuggestedActions? SuggestedActions)
    {
        private static readonly ConditionalWeakTable<Answer, Parts?[]> Built = new();

        public static Parts For(Answer answer, bool teams, bool aiGeneratedLabel, Activity reply)
        {
            var slots = Built.GetValue(answer, _ => new Parts?[4]);
            var slot = (teams ? 1 : 0) + (aiGeneratedLabel ? 2 : 0);
            return Volatile.Read(ref slots[slot]) ?? (slots[slot] = Create(answer, teams, aiGeneratedLabel, reply));
        }

        private static Parts Create(Answer answer, bool teams, bool aiGeneratedLabel, Activity reply)
        {
            var plan = CitationPlan.Create(answer);
            var text = teams ? plan.Text : WebChatText.EscapeFuzzyLinks(plan.Text);
            List<Entity>? entities = null;
            if (plan.Citations.Count > 0)
            {
                entities = [CitationEntity.Create(plan.Citations, teams, aiGeneratedLabel)];
                if (!teams)
                {
                    text += "\n\n" + CitationEntity.LinkDefinitions(plan.Citations);
                }
            }

            // Teams' 👍/👎 on every answer, "found" or not (the invoke comes back as message/submitAction, §2.4).
            var channelData = teams && answer.Intent != Intents.Help ? new JsonObject { ["feedbackLoop"] = new JsonObject { ["type"] = "default" } } : null;
            if (!teams || plan.Citations.Count == 0)
            {
                return new Parts(text, entities, channelData, null, Suggestions(answer.SuggestedQuestions));
            }

            // Teams drops suggested actions on messages with attachments: follow-ups go into the card.
            List<Attachment>? attachments = [SourcesCard.Create(plan.Citations, answer.SuggestedQuestions)];
            var measured = new Activity { Type = reply.Type, From = reply.From, Recipient = reply.Recipient, Conversation = reply.Conversation, Text = text, Entities = entities, ChannelData = channelData, Attachments = attachments };
            if (WireSize.MayExceed(measured, plan.Citations, MaxActivityBytes) && WireSize.Of(measured) > MaxActivityBytes)
            {
                attachments = null;
            }

            return new Parts(text, entities, channelData, attachments, null);
        }
    }

    public static bool IsTeams(string? channelId) => string.Equals(channelId, "msteams", StringComparison.OrdinalIgnoreCase);

    private static bool IsPolish(string? locale) =>
        locale is not null && (locale.Equals("pl", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("pl-", StringComparison.OrdinalIgnoreCase));
}

using System.Globalization;
using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Questions;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Conversation;

/// <summary>
/// Decides whether a question continues the conversation's last one and, if so, what it asks: "a w 2023?"
/// keeps the intent, scope and organisations and changes the year; "a międzynarodowych?" changes the scope;
/// "kiedy przystąpił?" / "co tam robił?" keep the organisation; "a w Eurocities?" changes it; "and in 2019?"
/// the same in English. A question is a follow-up only when it says so (it opens with "a", "i", "and"…),
/// has nothing of its own but years, scope or names, or asks about "it" without naming an organisation; a
/// fresh, complete question inherits nothing. The parser is the one that parses every question.
/// </summary>
internal static class FollowUpResolver
{
    private static readonly CueSet[] IntentCues = [Lexicon.Membership, Lexicon.Activity, Lexicon.Count, Lexicon.When, Lexicon.Join, Lexicon.Leave, Lexicon.List, Lexicon.Diff];
    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal) { "a", "i", "oraz", "zas", "and", "also" };
    private static readonly string[][] ConnectivePhrases = [["what", "about"], ["how", "about"], ["a", "co"], ["a", "jak"]];

    /// <summary>The question to answer and, when context was carried over, the note saying what it is about.</summary>
    public static Resolution Resolve(AnswerComposer composer, ParsedQuestion q, FollowUpContext? previous)
    {
        if (previous is null || q.Intent == Intents.Help || !IsFollowUp(q, previous))
        {
            return new Resolution(q, null, 0, q.Text);
        }

        var masked = new HashSet<int>(q.Mentions.SelectMany(m => m.WordIndices));
        var ownCue = IntentCues.Any(c => c.In(q.Words, masked));
        var intent = ownCue ? OwnIntent(q, masked) ?? Compatible(previous.Intent, q) : Compatible(previous.Intent, q);
        var mentions = q.Mentions.Count > 0 || !NeedsOrganisation(intent) ? q.Mentions : Organisations(composer, previous);
        var scope = q.Scope ?? (mentions.Count == 0 && intent is Intents.ListMemberships or Intents.CountMemberships or Intents.Diff ? ParseScope(previous.Scope) : null);
        var years = q.Years.Count > 0 || q.Now || intent == Intents.WhenJoined || previous.Intent == Intents.WhenJoined ? q.Years : previous.Years;

        // A search follow-up searches the words of the question that started the chain.
        var root = composer.Parser.Parse(previous.Question, previous.Language);
        var words = intent == Intents.Search && q.ContentWords.Count == 0 ? root : q;
        var resolved = q with
        {
            Intent = intent,
            Years = years,
            Scope = scope,
            Mentions = mentions,
            Words = words.Words,
            ContentWords = words.ContentWords,
            ForeignSubject = q.ForeignSubject,
        };
        var inherited = intent != q.Intent || years != q.Years || scope != q.Scope || mentions != q.Mentions;
        return inherited
            ? new Resolution(resolved, Note(resolved, intent != q.Intent || intent != previous.Intent), previous.FollowUps + 1, previous.Question)
            : new Resolution(q, null, 0, q.Text);
    }

    /// <summary>The context to keep after <paramref name="answer"/> to <paramref name="resolution"/>.</summary>
    public static FollowUpContext Next(Resolution resolution, Answer answer, DateTimeOffset now)
    {
        var q = resolution.Question;
        var years = q.Years.Count > 0 || q.Intent == Intents.WhenJoined || answer.Year is null ? q.Years : [answer.Year.Value];
        return new FollowUpContext(
            resolution.Root,
            q.Language,
            q.Intent,
            years,
            q.Scope?.ToString().ToLowerInvariant(),
            q.Mentions.Select(m => m.Organisation.Id).Distinct().ToList(),
            resolution.FollowUps,
            now);
    }

    private static bool IsFollowUp(ParsedQuestion q, FollowUpContext previous)
    {
        if (q.Words.Count == 0)
        {
            return false;
        }

        var first = q.Words[0].Folded;
        var marker = Connectives.Contains(first)
            || ConnectivePhrases.Any(p => q.Words.Count >= p.Length && p.Select((w, i) => q.Words[i].Folded == w).All(x => x));
        var masked = new HashSet<int>(q.Mentions.SelectMany(m => m.WordIndices));
        var elliptic = q.ContentWords.Count == 0 && !IntentCues.Any(c => c.In(q.Words, masked));
        var missingOrganisation = q.Mentions.Count == 0 && previous.OrganisationIds.Count > 0
            && (OwnIntent(q, masked) is { } own && NeedsOrganisation(own));
        return marker || elliptic || missingOrganisation;
    }

    // The intent the question's own cue words ask for ("kiedy przystąpił?" → when-joined even without a name).
    private static string? OwnIntent(ParsedQuestion q, HashSet<int> masked)
    {
        if (q.Intent != Intents.Search)
        {
            return q.Intent;
        }

        if (Lexicon.Activity.In(q.Words, masked))
        {
            return Intents.Activity;
        }

        if (Lexicon.When.In(q.Words, masked) || Lexicon.Join.In(q.Words, masked))
        {
            return Intents.WhenJoined;
        }

        return Lexicon.Count.In(q.Words, masked) ? Intents.CountMemberships : null;
    }

    // What a question with no intent words of its own asks, given the previous question.
    private static string Compatible(string previous, ParsedQuestion q)
    {
        if (q.Mentions.Count > 0)
        {
            return NeedsOrganisation(previous) ? previous : Intents.IsMember;
        }

        if (q.Scope is not null)
        {
            return previous is Intents.ListMemberships or Intents.CountMemberships or Intents.Diff ? previous : Intents.ListMemberships;
        }

        return previous;
    }

    private static bool NeedsOrganisation(string intent) => intent is Intents.IsMember or Intents.WhenJoined or Intents.Activity;

    private static IReadOnlyList<OrganisationMention> Organisations(AnswerComposer composer, FollowUpContext previous)
    {
        var byId = composer.Context.View.Knowledge.OrganisationsById;
        return previous.OrganisationIds
            .Select(id => byId.GetValueOrDefault(id))
            .OfType<Organisation>()
            .Select(o => new OrganisationMention(o, o.CanonicalName, 0, 0, 1.0, [], []))
            .ToList();
    }

    private static MembershipScope? ParseScope(string? scope) =>
        Enum.TryParse<MembershipScope>(scope, ignoreCase: true, out var s) ? s : null;

    // "(pytanie o 2023 r., organizacje krajowe)": what the answered question is, in the question's language.
    private static string Note(ParsedQuestion q, bool intentCarried)
    {
        var en = q.English;
        var parts = new List<string>();
        if (q.Years.Count > 0)
        {
            var years = string.Join(en ? " and " : " i ", q.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
            parts.Add(en ? years : years + " r.");
        }

        if (q.Scope is { } scope && q.Mentions.Count == 0)
        {
            parts.Add((scope, en) switch
            {
                (MembershipScope.International, false) => "organizacje międzynarodowe",
                (MembershipScope.International, true) => "international organisations",
                (MembershipScope.National, false) => "organizacje krajowe",
                (MembershipScope.National, true) => "national organisations",
                _ => en ? "organisations" : "organizacje",
            });
        }

        parts.AddRange(q.Mentions.Select(m => m.Organisation.CanonicalName).Distinct());
        if (intentCarried && IntentLabel(q.Intent, en) is { } label)
        {
            parts.Add(label);
        }

        return en ? $"_(question about {string.Join(", ", parts)})_" : $"_(pytanie o {string.Join(", ", parts)})_";
    }

    private static string? IntentLabel(string intent, bool en) => intent switch
    {
        Intents.IsMember => en ? "membership" : "członkostwo",
        Intents.WhenJoined => en ? "when it joined" : "datę przystąpienia",
        Intents.Activity => en ? "what the city did there" : "działalność miasta",
        Intents.CountMemberships => en ? "how many" : "liczbę",
        Intents.Diff => en ? "what changed" : "zmiany",
        _ => null,
    };

    /// <summary>The question to answer, the note (null when nothing was carried over), the follow-up depth and the chain's first question.</summary>
    public sealed record Resolution(ParsedQuestion Question, string? Note, int FollowUps, string Root);
}

using PoznanAsk.Answering.Questions;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// Question in, cited answer out: parses, refuses questions about subjects the reports do not
/// cover, and hands the rest to the intent's composer. Thread-safe (all state is immutable).
/// </summary>
internal sealed class AnswerComposer
{
    /// <summary>Content words beyond the organisation's name that make a how-question about one particular thing.</summary>
    private const int MinTopicWords = 2;

    private readonly AnswerContext _ctx;
    private readonly QuestionParser _parser;

    /// <summary>Creates the composer.</summary>
    public AnswerComposer(AnswerContext ctx, QuestionParser parser)
    {
        _ctx = ctx;
        _parser = parser;
    }

    /// <summary>The shared context.</summary>
    public AnswerContext Context => _ctx;

    /// <summary>The question parser.</summary>
    public QuestionParser Parser => _parser;

    /// <summary>Answers <paramref name="text"/>.</summary>
    public Answer Answer(string text, string? locale) => Answer(_parser.Parse(text, locale));

    /// <summary>Answers a parsed question.</summary>
    // A sentence that can stand for a membership fact: it says the city is a member or takes part
    // (of the scope asked), and for a named organisation it names it.
    internal static bool MembershipSentence(ParsedQuestion q, string sentence)
    {
        var words = WordSplitter.Split(sentence);
        var masked = new HashSet<int>();
        if (!Lexicon.StrongMembership.In(words, masked) && !Lexicon.Activity.In(words, masked))
        {
            return false;
        }

        if (q.Scope is { } scope && !(scope == Knowledge.Model.MembershipScope.International ? Lexicon.International : Lexicon.National).In(words, masked))
        {
            return false;
        }

        return Named(q).All(n => words.Any(w => WordMatcher.Similarity(n.Folded, w.Folded) >= WordMatcher.Typo));
    }

    // The words the question names its organisations with, as typed (also lower-case).
    private static List<Word> Named(ParsedQuestion q) =>
        q.Mentions.SelectMany(m => m.WordIndices.Select(i => q.Words[i])).Where(w => w.Folded.Length >= 3 && !Lexicon.FunctionWords.Contains(w.Folded)).ToList();

    public Answer Answer(ParsedQuestion q)
    {
        var d = new AnswerDraft(q, _ctx.View);
        if (q.Intent == Intents.Help)
        {
            return HelpComposer.Compose(_ctx, d, greeting: false);
        }

        // An activity question about a detail, or about how a particular thing went ("Jak Poznań
        // promował się na Walnym Zebraniu …?"), is answered from the sentences that say it.
        var toDetail = q.Intent == Intents.Search
            || (q.Intent == Intents.Activity && q.Mentions.Count > 0 && (QuestionParser.IsDetail(q.Asked) || (q.Asked == AskedFor.Description && q.ContentWords.Count >= MinTopicWords)));
        if (q.ForeignSubject is not null && !toDetail)
        {
            var en = q.English;
            return _ctx.NotFound(d, en
                ? $"The reports do not say — they do not describe “{q.ForeignSubject}”."
                : $"Raporty nie podają tej informacji — nie opisują „{q.ForeignSubject}”.");
        }

        var answer = q.Intent switch
        {
            Intents.ListMemberships => ListComposer.Compose(_ctx, d),
            Intents.IsMember => MemberComposer.Compose(_ctx, d),
            Intents.CountMemberships => CountComposer.Compose(_ctx, d),
            Intents.WhenJoined => JoinedComposer.Compose(_ctx, d),
            _ when toDetail => DetailComposer.Compose(_ctx, d),
            Intents.Activity => ActivityComposer.Compose(_ctx, d),
            Intents.Diff => DiffComposer.Compose(_ctx, d),
            _ => DetailComposer.Compose(_ctx, d),
        };
        if (!answer.Found && q.Intent == Intents.WhenJoined && q.Mentions.Count == 0 && q.Asked != AskedFor.YesNo)
        {
            // A name the registry does not know (a known organisation without a join event stays "not
            // found"): a partner or network the membership facts do not know ("Kiedy Bolonia dołączyła do grona
            // partnerów Poznania?", "… dołączył do kampanii …"): the report's sentences may say when.
            var joined = DetailComposer.Compose(_ctx, new AnswerDraft(q, _ctx.View) { Intent = q.Intent });
            return joined.Found ? joined : answer;
        }

        if (answer.Found || q.Intent is not (Intents.CountMemberships or Intents.ListMemberships or Intents.IsMember))
        {
            return answer;
        }

        // A year that states its count but writes no list: the count and the organisations its text names.
        if (q.Intent == Intents.ListMemberships && StatedCountList.Compose(_ctx, q) is { } partial)
        {
            return partial;
        }

        // The membership facts do not answer it (a count stated without a list, organisations named
        // in prose): the report's sentences may; else the composer's "not found" stands.
        var named = q.Intent == Intents.IsMember ? Named(q) : null;
        var detail = DetailComposer.Compose(_ctx, new AnswerDraft(q, _ctx.View) { Intent = q.Intent }, sentence => MembershipSentence(q, sentence), named);
        return detail.Found ? detail : answer;
    }
}

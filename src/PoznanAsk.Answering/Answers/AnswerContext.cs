using PoznanAsk.Answering.Facts;
using PoznanAsk.Answering.Questions;
using PoznanAsk.Answering.Retrieval;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// What every intent's composer shares: the knowledge view, the passage index, the subject's name
/// and the common moves (resolving the year, offering the closest passages, saying "not found").
/// Immutable after construction; one per knowledge base.
/// </summary>
internal sealed class AnswerContext
{
    /// <summary>Builds the context over one knowledge base.</summary>
    public AnswerContext(KnowledgeView view, PassageIndex index, IReadOnlyList<string> subject)
    {
        View = view;
        Index = index;
        Subject = subject.Count == 0 ? null : string.Join(' ', subject);
    }

    /// <summary>The knowledge view.</summary>
    public KnowledgeView View { get; }

    /// <summary>The passage index.</summary>
    public PassageIndex Index { get; }

    /// <summary>The subject as the reports write it ("Miasto Poznań"), or null when unknown.</summary>
    public string? Subject { get; }

    /// <summary>Names (as last listed) of organisations that weakly match the question, for "did you mean".</summary>
    public IEnumerable<string> Near(ParsedQuestion q) =>
        Linker.Near(q.Text, q.Words.Where(w => !Index.IsSubject(w.Folded)).ToList()).Select(o => View.Of(o.Id).LastOrDefault()?.NameAsWritten ?? o.CanonicalName);

    /// <summary>The organisation linker.</summary>
    public required OrganisationLinker Linker { get; init; }

    /// <summary>The subject for suggestions.</summary>
    public string SubjectFor(bool en) => Subject is null ? (en ? "the city" : "miasto") : en ? Subject.Split(' ')[^1] : Subject;

    /// <summary>
    /// The year to answer for. A named year wins (null when not covered); without one, the latest
    /// covered year when <paramref name="relevantYears"/> contains it, else the latest relevant year
    /// before it, with a note saying so.
    /// </summary>
    public (int? Year, string? Note) ResolveYear(AnswerDraft draft, IReadOnlyList<int> relevantYears, MembershipScope? scope)
    {
        var q = draft.Question;
        if (q.Years.Count > 0)
        {
            return View.Years.Contains(q.Years[0]) ? (q.Years[0], null) : (null, null);
        }

        if (View.LatestYear is not { } latest)
        {
            return (null, null);
        }

        var year = relevantYears.Contains(latest) ? latest : relevantYears.Where(y => y <= latest).DefaultIfEmpty(latest).Max();
        return (year, Phrases.LatestNote(draft.En, year, latest, scope));
    }

    /// <summary>Writes the plain "the reports do not say" answer with covered years and the closest passages.</summary>
    public Answer NotFound(AnswerDraft draft, string? opening = null, int? year = null)
    {
        draft.Found = false;
        draft.Line(opening ?? Phrases.NotFound(draft.En)).Line(Phrases.Covered(draft.En, View.Years));
        var q = draft.Question;
        var words = q.ContentWords.Concat(q.Mentions.SelectMany(m => m.WordIndices.Select(i => q.Words[i]))).OrderBy(w => w.Index).ToList();
        var hits = Index.Search(q.Text, words, year is not null && View.Years.Contains(year.Value) ? year : null, 3);
        if (hits.Count > 0)
        {
            draft.Line().Line(Phrases.Closest(draft.En));
            foreach (var hit in hits)
            {
                QuoteBest(draft, hit.Passage, words, 1);
            }
        }

        if (View.LatestYear is { } latest)
        {
            draft.Suggest(draft.En ? $"Which organisations did {SubjectFor(true)} belong to in {latest}?" : $"Do jakich organizacji należało {SubjectFor(false)} w {latest} r.?");
        }

        return draft.Build();
    }

    /// <summary>Quotes the <paramref name="max"/> sentences of <paramref name="passage"/> that best match <paramref name="words"/>, as "> quote [n]" lines.</summary>
    public void QuoteBest(AnswerDraft draft, Passage passage, IReadOnlyList<Word> words, int max)
    {
        foreach (var (s, e) in BestSentences(passage, words, max))
        {
            var n = draft.Citations.Cite(passage, s, e);
            draft.Line($"> {Phrases.Q(draft.En, passage.Text[s..e])} [{n}]");
        }
    }

    /// <summary>The sentences of a passage sharing most words with <paramref name="words"/>, in text order.</summary>
    public static IReadOnlyList<(int Start, int End)> BestSentences(Passage passage, IReadOnlyList<Word> words, int max)
    {
        var all = Sentences.Split(passage.Text);
        // Lead-ins such as "W 2017 r.:" say nothing on their own; quote them only when nothing else is there.
        var spans = all.Where(s => !passage.Text[s.Start..s.End].EndsWith(':') && WordSplitter.Split(passage.Text[s.Start..s.End]).Count >= 4).ToList();
        if (spans.Count == 0)
        {
            spans = all.ToList();
        }

        var folded = words.Where(w => !Lexicon.FunctionWords.Contains(w.Folded)).Select(w => w.Folded).ToList();
        return spans
            .Select((span, i) => (span, i, score: Score(passage.Text[span.Start..span.End], folded)))
            .OrderByDescending(x => x.score).ThenBy(x => x.i).Take(max)
            .OrderBy(x => x.i).Select(x => x.span).ToList();
    }

    private static double Score(string sentence, List<string> folded)
    {
        var sw = WordSplitter.Split(sentence);
        double score = 0;
        foreach (var f in folded)
        {
            score += sw.Select(w => WordMatcher.Similarity(f, w.Folded)).DefaultIfEmpty(0).Max();
        }

        return score;
    }
}

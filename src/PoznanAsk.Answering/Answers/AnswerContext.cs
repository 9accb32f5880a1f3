using PoznanAsk.Knowledge.Text;
using PoznanAsk.Answering.Facts;
using PoznanAsk.Answering.Questions;
using PoznanAsk.Answering.Retrieval;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// What every intent's composer shares: the knowledge view, passage retrieval, the subject's name
/// and the common moves (resolving the year, offering the closest passages, saying "not found").
/// Immutable after construction; one per knowledge base.
/// </summary>
internal sealed class AnswerContext
{
    /// <summary>Builds the context over one knowledge base.</summary>
    public AnswerContext(KnowledgeView view, PassageRetriever passages, IReadOnlyList<string> subject)
    {
        View = view;
        Passages = passages;
        Subject = subject.Count == 0 ? null : string.Join(' ', subject);
    }

    /// <summary>The knowledge view.</summary>
    public KnowledgeView View { get; }

    /// <summary>Passage retrieval (through the search engine).</summary>
    public PassageRetriever Passages { get; }

    /// <summary>The subject as the reports write it ("Miasto Poznań"), or null when unknown.</summary>
    public string? Subject { get; }

    /// <summary>Names (as last listed) of organisations that weakly match the question, for "did you mean".</summary>
    public IEnumerable<string> Near(ParsedQuestion q) =>
        Linker.Near(q.Text, q.Words.Where(w => !Passages.Vocabulary.IsSubject(w.Folded)).ToList()).Select(o => View.Of(o.Id).LastOrDefault()?.NameAsWritten ?? o.CanonicalName);

    /// <summary>The organisation linker.</summary>
    public required OrganisationLinker Linker { get; init; }

    /// <summary>Nominative forms of inflected list items (Morfologik), or null without the dictionary (items as written).</summary>
    public Lists.BaseForms? Forms { get; init; }

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

    /// <summary>
    /// The year a list or count question is about and that year's membership lists of the question's
    /// scope. Returns the "not found" answer when there is no such year or list; otherwise sets the
    /// draft's year, writes the note on how the year was chosen, and returns null.
    /// </summary>
    public Answer? ListsOfYear(AnswerDraft draft, out IReadOnlyList<MembershipList> lists)
    {
        var q = draft.Question;
        var en = draft.En;
        lists = [];
        var (year, note) = ResolveYear(draft, View.YearsWithLists(q.Scope), q.Scope);
        if (year is null)
        {
            return NotFound(draft, q.Years.Count > 0 ? Phrases.YearNotCovered(en, q.Years[0]) : null);
        }

        draft.Year = year;
        lists = View.Lists(year.Value, q.Scope);
        if (lists.Count == 0)
        {
            var what = Phrases.Organisations(en, q.Scope);
            return NotFound(draft, en ? $"The {year} report has no list of {what}." : $"Raport za {year} r. nie zawiera listy {what}.", year);
        }

        if (note is not null)
        {
            draft.Line(note).Line();
        }

        return null;
    }

    /// <summary>Writes the plain "the reports do not say" answer with covered years and the closest passages.</summary>
    public Answer NotFound(AnswerDraft draft, string? opening = null, int? year = null)
    {
        draft.Found = false;
        draft.Line(opening ?? Phrases.NotFound(draft.En)).Line(Phrases.Covered(draft.En, View.Years));
        var q = draft.Question;
        var words = q.ContentWords.Concat(q.Mentions.SelectMany(m => m.WordIndices.Select(i => q.Words[i]))).OrderBy(w => w.Index).ToList();
        var hits = Passages.Search(words, year is not null && View.Years.Contains(year.Value) ? year : null, 3);
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
        var all = SentenceSplitter.Split(passage.Text, lines: true);
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

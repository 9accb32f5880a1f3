using System.Globalization;
using PoznanAsk.Answering.Questions;
using static PoznanAsk.Answering.Answers.Phrases;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// Answers a question about any detail of any section: leads with the sentence that answers it
/// (chosen by <see cref="SentenceRanker"/> from the question's words and its question word), cited,
/// from the year asked (that year's report first, then a later report that names the year); with two
/// years, one sentence per year. A yes/no question gets "Tak" only when one sentence names every
/// name the question names and holds nearly all its words; otherwise no verdict. When no sentence
/// holds enough of the question, the reports do not say.
/// </summary>
internal static class DetailComposer
{
    /// <summary>Least share of the question's (weighted) words the answer sentence must hold.</summary>
    public const double MinShare = 0.45;

    /// <summary>Least coverage of the question by the sentence's passage.</summary>
    public const double MinCoverage = 0.3;

    private const int Hits = 8;
    private const int MaxFollowing = 14;

    /// <summary>Composes the answer; with <paramref name="accept"/>, only from a sentence it accepts.</summary>
    public static Answer Compose(AnswerContext ctx, AnswerDraft d, Func<string, bool>? accept = null)
    {
        var q = d.Question;
        var en = d.En;
        var uncovered = q.Years.FirstOrDefault(y => !ctx.View.Years.Contains(y));
        if (uncovered != 0)
        {
            return ctx.NotFound(d, YearNotCovered(en, uncovered));
        }

        var words = Words(ctx, q);
        if (words.Count == 0)
        {
            return ctx.NotFound(d, null, q.Years.Count > 0 ? q.Years[0] : null);
        }

        var years = q.Years.Distinct().Order().ToList();
        var picks = years.Count >= 2
            ? years.Select(y => Best(ctx, q, words, y, accept)).OfType<SentenceRanker.Candidate>().ToList()
            : Best(ctx, q, words, years.Count == 1 ? years[0] : null, accept) is { } one ? [one] : [];
        if (picks.Count == 0 || (years.Count >= 2 && picks.Count < 2 && picks.DistinctBy(p => p.Passage.Id).Count() < 1))
        {
            return ctx.NotFound(d, null, years.Count > 0 ? years[0] : null);
        }

        d.Year = years.Count == 1 ? years[0] : picks[0].Passage.Year;
        if (q.Asked == AskedFor.YesNo)
        {
            return YesNo(ctx, d, words, picks[0]);
        }

        foreach (var pick in picks.DistinctBy(p => (p.Passage.Id, p.Start)))
        {
            Quote(d, pick, q.Asked);
        }

        return d.Build();
    }

    /// <summary>The question's words that a sentence must hold: not question words, years or the city's own name.</summary>
    public static IReadOnlyList<Word> Words(AnswerContext ctx, ParsedQuestion q)
    {
        var years = q.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        return q.Words.Where(w => w.Folded.Length >= 2 && !years.Contains(w.Text) && !Lexicon.FunctionWords.Contains(w.Folded)
            && !Lexicon.QuestionWords.Contains(w.Folded) && !ctx.Passages.Vocabulary.IsSubject(w.Folded)).ToList();
    }

    private static SentenceRanker.Candidate? Best(AnswerContext ctx, ParsedQuestion q, IReadOnlyList<Word> words, int? year, Func<string, bool>? accept)
    {
        var asked = q.Asked;
        var frame = words.Where(w => Lexicon.FrameVerbs.Contains(w.Folded)).Select(w => w.Index).ToHashSet();
        bool Good(SentenceRanker.Candidate c) => (c.OwnShare >= MinShare || (c.Share >= 0.6 && c.OwnShare >= 0.2)) && c.Coverage >= MinCoverage && (accept is null || accept(c.Text));
        var ranked = SentenceRanker.Rank(ctx.Passages.Search(words, year, Hits), words, frame, asked, year);
        if (ranked.FirstOrDefault(Good) is { } first && (accept is not null || first == ranked[0]))
        {
            return first;
        }

        var all = SentenceRanker.Rank(ctx.Passages.Search(words, null, Hits), words, frame, asked, year);
        if (year is { } y)
        {
            // A later report that states the year asked ("w 2020 r." in the 2021 report).
            var text = y.ToString(CultureInfo.InvariantCulture);
            return all.FirstOrDefault(c => Good(c) && c.Passage.Year > y && c.Text.Contains(text, StringComparison.Ordinal));
        }

        if (all.FirstOrDefault() is not { } best || !Good(best))
        {
            return null;
        }

        // No year asked: among equally good sentences, the latest report's.
        return all.Where(c => Good(c) && c.Score >= best.Score - 0.05).OrderByDescending(c => c.Passage.Year ?? 0).ThenByDescending(c => c.Score).First();
    }

    private static void Quote(AnswerDraft d, SentenceRanker.Candidate pick, AskedFor asked)
    {
        var p = pick.Passage;
        var end = pick.End;
        // A lead-in ("… następujące gminy:") or a list asked for: quote what follows, in one citation.
        if (pick.Text.EndsWith(':') || (asked is AskedFor.Name or AskedFor.Anything && p.Kind == Knowledge.Model.PassageKind.List))
        {
            var following = Knowledge.Text.SentenceSplitter.Split(p.Text, lines: true).Where(s => s.Start >= pick.End).Take(MaxFollowing).ToList();
            if (following.Count > 0)
            {
                end = following[^1].End;
            }
        }

        var n = d.Citations.Cite(p, pick.Start, end);
        var year = p.Year?.ToString(CultureInfo.InvariantCulture);
        d.Line(year is null
            ? (d.En ? "The reports say:" : "Raporty podają:")
            : d.En ? $"According to {Report(true, p.Year!.Value)}:" : $"Według raportu za {year} r.:");
        d.Line($"> {Q(d.En, p.Text[pick.Start..end])} [{n}]").Line();
    }

    private static Answer YesNo(AnswerContext ctx, AnswerDraft d, IReadOnlyList<Word> words, SentenceRanker.Candidate pick)
    {
        var sentence = WordSplitter.Split(pick.Text);
        var names = words.Where(w => w.IsCapitalised && w.Index > 0).ToList();
        var named = names.Count > 0 && names.All(nw => sentence.Any(s => WordMatcher.Similarity(nw.Folded, s.Folded) >= WordMatcher.Typo));
        var negated = sentence.Any(s => s.Folded is "nie" or "not" or "no" or "brak");
        if (named && pick.Share >= 0.75 && !negated)
        {
            var n = d.Citations.Cite(pick.Passage, pick.Start, pick.End);
            var year = pick.Passage.Year;
            d.Line(d.En
                ? $"**Yes**, according to {(year is null ? "the reports" : Report(true, year.Value))}: {Q(true, pick.Text)} [{n}]"
                : $"**Tak**, według {(year is null ? "raportów" : $"raportu za {year} r.")}: {Q(false, pick.Text)} [{n}]");
            return d.Build();
        }

        d.Found = false;
        d.Line(d.En ? "The reports do not say this in so many words. The closest passage:" : "Raporty nie mówią tego wprost. Najbliższy fragment:");
        var m = d.Citations.Cite(pick.Passage, pick.Start, pick.End);
        d.Line($"> {Q(d.En, pick.Text)} [{m}]");
        return d.Build();
    }
}

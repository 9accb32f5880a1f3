using static PoznanAsk.Answering.Answers.Phrases;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// search: the best passages, each quoted by its sentences closest to the question. The reports
/// count as answering only when one passage holds at least <see cref="MinCoverage"/> of the
/// question's idf weight (words no passage has count against it); otherwise the answer says the
/// reports do not say and offers the same passages as the closest ones.
/// </summary>
internal static class SearchComposer
{
    /// <summary>Share of the question's weight the best passage must contain.</summary>
    public const double MinCoverage = 0.75;

    /// <summary>Composes the answer.</summary>
    public static Answer Compose(AnswerContext ctx, AnswerDraft d)
    {
        var q = d.Question;
        var en = d.En;
        if (q.Years.Count > 0 && !ctx.View.Years.Contains(q.Years[0]))
        {
            return ctx.NotFound(d, YearNotCovered(en, q.Years[0]));
        }

        var year = q.Years.Count > 0 ? q.Years[0] : (int?)null;
        var words = q.ContentWords.Concat(q.Mentions.SelectMany(m => m.WordIndices.Select(i => q.Words[i]))).OrderBy(w => w.Index).ToList();
        if (words.Count == 0)
        {
            return ctx.NotFound(d, null, year);
        }

        var hits = ctx.Index.Search(q.Text, words, year, 5);
        if (hits.Count == 0 || hits[0].Coverage < MinCoverage)
        {
            return ctx.NotFound(d, null, year);
        }

        d.Year = hits[0].Passage.Year;
        d.Line(en ? "Here is what the reports say:" : "Oto, co mówią raporty:").Line();
        foreach (var hit in hits.Where(h => h.Coverage >= MinCoverage).Take(3))
        {
            d.Line($"*{hit.Passage.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}, {hit.Passage.Section}*");
            ctx.QuoteBest(d, hit.Passage, words, 2);
            d.Line();
        }

        return d.Build();
    }
}

using PoznanAsk.Answering.Questions;
using PoznanAsk.Knowledge.Model;
using static PoznanAsk.Answering.Answers.Phrases;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// activity: the passages the knowledge base links to the organisation (or, without one, to any
/// organisation of the scope) for the year, each quoted by its sentences closest to the question.
/// Without linked passages, passages of that year that name the organisation are searched.
/// </summary>
internal static class ActivityComposer
{
    private const int MaxPassages = 4;

    /// <summary>Composes the answer.</summary>
    public static Answer Compose(AnswerContext ctx, AnswerDraft d)
    {
        var q = d.Question;
        var en = d.En;
        if (q.Mentions.Count > 0 && q.Mentions[0].IsAmbiguous)
        {
            return MemberComposer.Disambiguate(ctx, d, q.Mentions[0]);
        }

        var org = q.Mentions.Count > 0 ? q.Mentions[0].Organisation : null;
        var links = org is not null
            ? ctx.View.ActivitiesOf(org.Id)
            : ctx.View.Knowledge.Activities.Where(a => q.Scope is null || ctx.View.Of(a.OrganisationId).Any(f => f.Scope == q.Scope)).ToList();
        var linkYears = links.Where(a => a.Year is not null).Select(a => a.Year!.Value).Distinct().Order().ToList();
        var (year, note) = ctx.ResolveYear(d, linkYears, null);
        if (year is null)
        {
            return ctx.NotFound(d, q.Years.Count > 0 ? YearNotCovered(en, q.Years[0]) : null);
        }

        d.Year = year;
        var words = QuestionWords(q);
        var passages = links.Where(a => a.Year == year).Select(a => ctx.View.Passage(a.PassageId)).OfType<Passage>().DistinctBy(p => p.Id).ToList();
        if (passages.Count == 0 && org is not null)
        {
            passages = ctx.Index.Search(q.Text, words, year, 10).Select(h => h.Passage)
                .Where(p => Names(ctx, org).Any(n => TextFolding.Fold(p.Text).Contains(n, StringComparison.Ordinal))).ToList();
        }

        if (passages.Count == 0)
        {
            return ctx.NotFound(d, en ? $"{Cap(Report(en, year.Value))} does not describe such activities." : $"{Cap(Report(en, year.Value))} nie opisuje takich działań.", year);
        }

        if (note is not null && q.Years.Count == 0)
        {
            d.Line(en ? $"_No year given: answering from the latest report that describes such activities ({year})._" : $"_Pytanie nie podaje roku — odpowiadam według najnowszego raportu, który opisuje takie działania ({year} r.)._").Line();
        }

        d.Line(en ? $"What {Report(en, year.Value)} says:" : $"Co mówi {Report(en, year.Value)}:").Line();
        // One organisation: up to three sentences of each of its passages; a whole scope or year:
        // the single best sentence of each, so the answer stays readable.
        foreach (var p in passages.Take(MaxPassages))
        {
            if (p.Section.Length > 0)
            {
                d.Line($"*{p.Section}*");
            }

            ctx.QuoteBest(d, p, words, org is null ? 1 : 3);
            d.Line();
        }

        var otherYears = linkYears.Where(y => y != year).ToList();
        if (otherYears.Count > 0 && q.Years.Count == 0)
        {
            d.Line(en ? $"The reports also describe such activities in {Years(en, otherYears)}." : $"Raporty opisują takie działania także w latach: {Years(en, otherYears)}.");
            d.Suggest(en ? $"{q.Text.TrimEnd('?', ' ')} in {otherYears[^1]}?" : $"{q.Text.TrimEnd('?', ' ')} w {otherYears[^1]} r.?");
        }

        return d.Build();
    }

    private static List<Word> QuestionWords(ParsedQuestion q) =>
        q.ContentWords.Concat(q.Mentions.SelectMany(m => m.WordIndices.Select(i => q.Words[i]))).OrderBy(w => w.Index).ToList();

    private static IEnumerable<string> Names(AnswerContext ctx, Organisation org) =>
        new[] { org.CanonicalName }.Concat(org.Aliases.Select(a => a.Name)).Concat(org.Abbreviations)
            .Concat(ctx.View.Of(org.Id).Select(f => f.NameAsWritten)).Select(n => TextFolding.Fold(n)).Where(n => n.Length >= 3).Distinct();
}

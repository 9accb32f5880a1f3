using static PoznanAsk.Answering.Answers.Phrases;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// count-memberships: the count each list's intro states, quoted, checked against the items parsed.
/// Counts of several lists are not added up: one organisation may be on two lists.
/// </summary>
internal static class CountComposer
{
    /// <summary>Composes the answer.</summary>
    public static Answer Compose(AnswerContext ctx, AnswerDraft d)
    {
        var q = d.Question;
        var en = d.En;
        if (q.Years.Count >= 2)
        {
            return Several(ctx, d);
        }

        var (year, note) = ctx.ResolveYear(d, ctx.View.YearsWithLists(q.Scope), q.Scope);
        if (year is null)
        {
            return ctx.NotFound(d, q.Years.Count > 0 ? YearNotCovered(en, q.Years[0]) : null);
        }

        d.Year = year;
        var lists = ctx.View.Lists(year.Value, q.Scope);
        if (lists.Count == 0)
        {
            var what = Organisations(en, q.Scope);
            return ctx.NotFound(d, en ? $"The {year} report has no list of {what}." : $"Raport za {year} r. nie zawiera listy {what}.", year);
        }

        if (note is not null)
        {
            d.Line(note).Line();
        }

        WriteCounts(ctx, d, lists);
        d.Suggest(en ? $"Which {Organisations(en, q.Scope)} in {year}?" : $"Jakie {ScopeTitle(en, q.Scope).ToLowerInvariant()} w {year} r.?");
        return d.Build();
    }

    /// <summary>Counts for each year the question names; years without reports or lists are said so.</summary>
    private static Answer Several(AnswerContext ctx, AnswerDraft d)
    {
        var q = d.Question;
        var en = d.En;
        var answered = false;
        foreach (var year in q.Years)
        {
            var lists = ctx.View.Years.Contains(year) ? ctx.View.Lists(year, q.Scope) : [];
            if (lists.Count == 0)
            {
                d.Line(ctx.View.Years.Contains(year)
                    ? (en ? $"{Cap(Report(en, year))} has no list of {Organisations(en, q.Scope)}." : $"{Cap(Report(en, year))} nie zawiera listy {Organisations(en, q.Scope)}.")
                    : YearNotCovered(en, year)).Line();
                continue;
            }

            answered = true;
            d.Year = year;
            WriteCounts(ctx, d, lists);
        }

        if (!answered)
        {
            return ctx.NotFound(d);
        }

        return d.Build();
    }

    private static void WriteCounts(AnswerContext ctx, AnswerDraft d, IReadOnlyList<Knowledge.Model.MembershipList> lists)
    {
        var en = d.En;
        foreach (var list in lists)
        {
            var items = ctx.View.Items(list);
            var intro = d.Citations.Cite(list);
            var title = ScopeTitle(en, list.Scope);
            if (list.StatedCount is not null)
            {
                d.Line($"**{title} — {Report(en, list.Year)}:** {Q(en, list.IntroSentence)} [{intro}]");
                if (list.StatedCount == items.Count)
                {
                    d.Line(en ? "The list that follows has exactly that many items." : "Lista, która po nim następuje, ma dokładnie tyle pozycji.");
                }

                d.Line();
                ListComposer.CountCheck(d, list, items.Count, intro);
                if (list.StatedCount != items.Count)
                {
                    CiteItems(ctx, d, list);
                }
            }
            else
            {
                d.Line($"**{title} — {Report(en, list.Year)}:** {Q(en, list.IntroSentence)} [{intro}]").Line();
                d.Line(en ? $"The introduction states no number; the list has {items.Count} items:" : $"Wstęp nie podaje liczby; lista ma {items.Count} pozycji:");
                CiteItems(ctx, d, list);
            }
        }
    }

    private static void CiteItems(AnswerContext ctx, AnswerDraft d, Knowledge.Model.MembershipList list)
    {
        foreach (var item in ctx.View.Items(list))
        {
            var n = d.Citations.Cite(item);
            d.Line($"- {item.NameAsWritten} [{n}]");
            d.Facts.Add(ListComposer.Fact(ctx, "membership", item, n));
        }

        d.Line();
    }
}

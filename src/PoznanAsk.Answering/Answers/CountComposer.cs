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

        if (ctx.ListsOfYear(d, out var lists) is { } notFound)
        {
            return notFound;
        }

        var year = d.Year!.Value;

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
                    CiteItems(ctx, d, list, intro);
                }
            }
            else
            {
                d.Line($"**{title} — {Report(en, list.Year)}:** {Q(en, list.IntroSentence)} [{intro}]").Line();
                d.Line(en ? $"The introduction states no number; the list has {items.Count} items:" : $"Wstęp nie podaje liczby; lista ma {items.Count} pozycji:");
                CiteItems(ctx, d, list, intro);
            }
        }
    }

    private static void CiteItems(AnswerContext ctx, AnswerDraft d, Knowledge.Model.MembershipList list, int intro)
    {
        foreach (var item in ctx.View.Items(list))
        {
            var n = d.Citations.Cite(item);
            d.Line($"- {item.NameAsWritten}{AnswerDraft.Marker(n, intro)}");
            d.Facts.Add(ListComposer.Fact(ctx, "membership", item, n));
        }

        d.Line();
    }
}

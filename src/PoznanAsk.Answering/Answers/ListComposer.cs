using PoznanAsk.Knowledge.Model;
using static PoznanAsk.Answering.Answers.Phrases;

namespace PoznanAsk.Answering.Answers;

/// <summary>list-memberships: the lists of a year (optionally one scope), each list cited once (intro and items are one passage), the intro quoted.</summary>
internal static class ListComposer
{
    /// <summary>Composes the answer.</summary>
    public static Answer Compose(AnswerContext ctx, AnswerDraft d)
    {
        var q = d.Question;
        var en = d.En;
        if (ctx.ListsOfYear(d, out var lists) is { } notFound)
        {
            return notFound;
        }

        var year = d.Year!.Value;

        foreach (var list in lists)
        {
            WriteList(ctx, d, list);
        }

        var other = ctx.View.Years.Where(y => y != year).ToList();
        if (other.Count > 0)
        {
            d.Suggest(en ? $"What changed between {other[^1]} and {year}?" : $"Co się zmieniło między {Math.Min(other[^1], year)} a {Math.Max(other[^1], year)} r.?");
        }

        d.Suggest(en ? $"How many {Organisations(en, q.Scope)} in {year}?" : $"Ile {Organisations(en, q.Scope)} w {year} r.?");
        return d.Build();
    }

    /// <summary>Writes one list: heading, quoted intro, items, count check.</summary>
    public static void WriteList(AnswerContext ctx, AnswerDraft d, MembershipList list)
    {
        var en = d.En;
        var items = ctx.View.Items(list);
        var intro = d.Citations.Cite(list);
        var title = ScopeTitle(en, list.Scope);
        d.Line($"**{title} — {Report(en, list.Year)}:** {Q(en, list.IntroSentence)} [{intro}]").Line();
        foreach (var item in items)
        {
            var n = d.Citations.Cite(item);
            d.Line($"- {item.NameAsWritten}{AnswerDraft.Marker(n, intro)}");
            d.Facts.Add(Fact(ctx, "membership", item, n));
        }

        d.Line();
        CountCheck(d, list, items.Count, intro);
    }

    /// <summary>Adds the stated-vs-parsed count remark.</summary>
    public static void CountCheck(AnswerDraft d, MembershipList list, int parsed, int introCitation)
    {
        var en = d.En;
        if (list.StatedCount is null)
        {
            return;
        }

        d.Facts.Add(new AnswerFact("count", null, null, list.Year, ScopeName(list.Scope), introCitation, list.StatedCount));
        if (list.StatedCount != parsed)
        {
            d.Line(en
                ? $"⚠️ The introduction states {list.StatedCount}, but the list itself has {parsed} items — the report is inconsistent here [{introCitation}]."
                : $"⚠️ Wstęp podaje liczbę {list.StatedCount}, a sama lista ma {parsed} pozycji — raport jest tu niespójny [{introCitation}].").Line();
        }
    }

    /// <summary>A membership fact for the answer.</summary>
    public static AnswerFact Fact(AnswerContext ctx, string kind, MembershipFact item, int citation) =>
        new(kind, ctx.View.Knowledge.OrganisationsById.GetValueOrDefault(item.OrganisationId)?.CanonicalName ?? item.NameAsWritten,
            item.NameAsWritten, item.Year, ScopeName(item.Scope), citation);
}

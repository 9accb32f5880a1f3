using PoznanAsk.Answering.Facts;
using PoznanAsk.Knowledge.Model;
using static PoznanAsk.Answering.Answers.Phrases;

namespace PoznanAsk.Answering.Answers;

/// <summary>diff: joined / left / renamed between two years, scope by scope, every entry cited.</summary>
internal static class DiffComposer
{
    /// <summary>Composes the answer.</summary>
    public static Answer Compose(AnswerContext ctx, AnswerDraft d)
    {
        var q = d.Question;
        var en = d.En;
        var years = ctx.View.Years;
        foreach (var y in q.Years.Where(y => !years.Contains(y)))
        {
            return ctx.NotFound(d, YearNotCovered(en, y));
        }

        int from;
        int to;
        if (q.Years.Count >= 2)
        {
            (from, to) = (Math.Min(q.Years[0], q.Years[1]), Math.Max(q.Years[0], q.Years[1]));
        }
        else if (q.Years.Count == 1)
        {
            to = q.Years[0];
            var earlier = years.Where(y => y < to).ToList();
            if (earlier.Count == 0)
            {
                return ctx.NotFound(d, en ? $"There is no report before {to} to compare with." : $"Nie ma raportu sprzed {to} r., z którym można porównać.");
            }

            from = earlier[^1];
        }
        else if (years.Count >= 2)
        {
            (from, to) = (years[^2], years[^1]);
        }
        else
        {
            return ctx.NotFound(d, en ? "Comparing needs reports of two years." : "Porównanie wymaga raportów z dwóch lat.");
        }

        d.Year = to;
        var scopes = MembershipDiffer.ComparableScopes(ctx.View, from, to, q.Scope);
        foreach (var (scope, missing) in MembershipDiffer.IncomparableScopes(ctx.View, from, to, q.Scope))
        {
            d.Line(en
                ? $"_{Cap(Report(en, missing))} has no list of {Organisations(en, scope)}, so those cannot be compared._"
                : $"_{Cap(Report(en, missing))} nie zawiera listy {Organisations(en, scope)}, więc ich nie porównuję._").Line();
        }

        if (scopes.Count == 0 && StatedCountDiff.TryWrite(ctx, d, from, to))
        {
            return d.Build();
        }

        if (scopes.Count == 0)
        {
            return ctx.NotFound(d, en ? $"The reports for {from} and {to} have no lists that can be compared." : $"Raporty za {from} i {to} r. nie mają list, które można porównać.", to);
        }

        foreach (var scope in scopes)
        {
            Write(ctx, d, MembershipDiffer.Diff(ctx.View, from, to, scope));
        }

        d.Suggest(en ? $"Which organisations in {to}?" : $"Do jakich organizacji należało {ctx.SubjectFor(false)} w {to} r.?");
        return d.Build();
    }

    private static void Write(AnswerContext ctx, AnswerDraft d, MembershipDiff diff)
    {
        var en = d.En;
        var title = ScopeTitle(en, diff.Scope);
        d.Line($"**{title}: {diff.FromYear} → {diff.ToYear}**").Line();
        foreach (var list in ctx.View.Lists(diff.FromYear, diff.Scope).Concat(ctx.View.Lists(diff.ToYear, diff.Scope)))
        {
            d.Line($"- {list.Year}: {Q(en, list.IntroSentence)} [{d.Citations.Cite(list)}]");
        }

        d.Line();
        Section(ctx, d, en ? $"New in {diff.ToYear}:" : $"Nowe w {diff.ToYear} r.:", diff.Joined, "joined");
        Section(ctx, d, en ? $"No longer listed in {diff.ToYear}:" : $"Nie ma ich już na liście w {diff.ToYear} r.:", diff.Left, "left");
        if (diff.Renamed.Count > 0)
        {
            d.Line(en ? "Written differently:" : "Zapisane inaczej:");
            foreach (var (before, after) in diff.Renamed)
            {
                var a = d.Citations.Cite(before);
                var b = d.Citations.Cite(after);
                d.Facts.Add(ListComposer.Fact(ctx, "renamed", after, b));
                d.Line($"- {Q(en, before.NameAsWritten)} [{a}] → {Q(en, after.NameAsWritten)} [{b}]");
            }

            d.Line();
        }

        if (diff.Joined.Count == 0 && diff.Left.Count == 0 && diff.Renamed.Count == 0)
        {
            d.Line(en ? "No changes: both lists name the same organisations." : "Bez zmian: obie listy wymieniają te same organizacje.").Line();
        }
    }

    private static void Section(AnswerContext ctx, AnswerDraft d, string heading, IReadOnlyList<MembershipFact> facts, string kind)
    {
        if (facts.Count == 0)
        {
            return;
        }

        // The facts of one section come from one list (cited above): the heading carries its marker once.
        var lists = facts.Select(f => ctx.View.ListOf(f)).Distinct().ToList();
        int? covered = lists is [{ } list] ? d.Citations.Cite(list) : null;
        d.Line(covered is { } c && heading.EndsWith(':') ? heading[..^1] + AnswerDraft.Marker(c) + ":" : heading);
        foreach (var f in facts)
        {
            var n = d.Citations.Cite(f);
            d.Facts.Add(ListComposer.Fact(ctx, kind, f, n));
            d.Line($"- {f.NameAsWritten}{AnswerDraft.Marker(n, covered)}");
        }

        d.Line();
    }
}

using PoznanAsk.Answering.Questions;
using PoznanAsk.Knowledge.Model;
using static PoznanAsk.Answering.Answers.Phrases;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// is-member: yes with the list item cited; no when that year's list of the organisation's scope
/// does not name it (the list intro cited, and where it was last listed); "the report does not say"
/// when that year has no list of that scope at all.
/// </summary>
internal static class MemberComposer
{
    /// <summary>Composes the answer.</summary>
    public static Answer Compose(AnswerContext ctx, AnswerDraft d)
    {
        var q = d.Question;
        if (q.Mentions.Count == 0)
        {
            foreach (var near in ctx.Near(q))
            {
                d.Suggest(d.En ? $"Is {ctx.SubjectFor(true)} a member of {near}?" : $"Czy {ctx.SubjectFor(false)} należy do organizacji {Q(false, near)}?");
            }

            return ctx.NotFound(d, d.En ? "I could not find this organisation in the reports." : "Nie znalazłem tej organizacji w raportach.");
        }

        if (q.Mentions[0].IsAmbiguous)
        {
            return Disambiguate(ctx, d, q.Mentions[0]);
        }

        var found = true;
        foreach (var mention in q.Mentions.Take(3))
        {
            found &= One(ctx, d, mention.Organisation);
            d.Line();
        }

        d.Found = found;
        return d.Build();
    }

    /// <summary>Asks which of several equally matching organisations is meant, citing each.</summary>
    public static Answer Disambiguate(AnswerContext ctx, AnswerDraft d, OrganisationMention mention)
    {
        var en = d.En;
        d.Found = false;
        d.Line(en ? "The question matches more than one organisation in the reports:" : "Pytanie pasuje do kilku organizacji z raportów:");
        foreach (var org in new[] { mention.Organisation }.Concat(mention.Alternatives))
        {
            var fact = ctx.View.Of(org.Id).LastOrDefault();
            if (fact is not null)
            {
                var n = d.Citations.Cite(fact);
                d.Line($"- {fact.NameAsWritten} [{n}]");
                d.Suggest(en ? $"Is {ctx.SubjectFor(true)} a member of {fact.NameAsWritten}?" : $"Czy {ctx.SubjectFor(false)} należy do organizacji {Q(false, fact.NameAsWritten)}?");
            }
        }

        d.Line().Line(en ? "Which one do you mean?" : "O którą chodzi?");
        return d.Build();
    }

    private static bool One(AnswerContext ctx, AnswerDraft d, Organisation org)
    {
        var en = d.En;
        var facts = ctx.View.Of(org.Id);
        var q = d.Question;
        if (facts.Count == 0)
        {
            d.Line(en ? "The reports list no membership in this organisation." : "Raporty nie wymieniają tej organizacji na żadnej liście członkostw.");
            d.Line(Covered(en, ctx.View.Years));
            return false;
        }

        var scopes = facts.Select(f => f.Scope).Distinct().ToList();
        var relevant = ctx.View.Knowledge.Lists.Where(l => scopes.Contains(l.Scope)).Select(l => l.Year).Distinct().Order().ToList();
        var (year, note) = ctx.ResolveYear(d, relevant, scopes[0]);
        if (year is null)
        {
            d.Line(YearNotCovered(en, q.Years[0])).Line(Covered(en, ctx.View.Years));
            LastListed(ctx, d, facts, null);
            return false;
        }

        d.Year = year;
        if (note is not null)
        {
            d.Line(note).Line();
        }

        var inYear = facts.Where(f => f.Year == year).ToList();
        if (inYear.Count > 0)
        {
            var f = inYear[0];
            var item = d.Citations.Cite(f);
            var list = ctx.View.ListOf(f);
            var intro = list is null ? item : d.Citations.Cite(list);
            d.Facts.Add(ListComposer.Fact(ctx, "membership", f, item));
            d.Line(en
                ? $"**Yes.** {Q(en, f.NameAsWritten)} is on the list of {Organisations(en, f.Scope == MembershipScope.Unknown ? null : f.Scope)} in {Report(en, year.Value)}{AnswerDraft.Marker(item, intro)}, introduced by: {Q(en, list?.IntroSentence ?? f.Quote)} [{intro}]"
                : $"**Tak.** {Q(en, f.NameAsWritten)} jest na liście {Organisations(en, f.Scope == MembershipScope.Unknown ? null : f.Scope)} w raporcie za {year} r.{AnswerDraft.Marker(item, intro)}, którą wprowadza zdanie: {Q(en, list?.IntroSentence ?? f.Quote)} [{intro}]");
            OtherYears(ctx, d, facts, year.Value);
            Events(ctx, d, org);
            Suggest(ctx, d, f.NameAsWritten);
            return true;
        }

        var lists = ctx.View.Lists(year.Value).Where(l => scopes.Contains(l.Scope)).ToList();
        if (lists.Count > 0)
        {
            var intro = d.Citations.Cite(lists[0]);
            d.Line(en
                ? $"**No.** It is not on the list of {Organisations(en, lists[0].Scope)} in {Report(en, year.Value)} [{intro}]."
                : $"**Nie.** Nie ma jej na liście {Organisations(en, lists[0].Scope)} w raporcie za {year} r. [{intro}].");
            LastListed(ctx, d, facts, year);
            Events(ctx, d, org);
            return true;
        }

        d.Line(en
            ? $"{Cap(Report(en, year.Value))} has no list of {Organisations(en, scopes[0])}, so it does not say."
            : $"{Cap(Report(en, year.Value))} nie zawiera listy {Organisations(en, scopes[0])}, więc tego nie podaje.");
        LastListed(ctx, d, facts, null);
        return false;
    }

    private static void OtherYears(AnswerContext ctx, AnswerDraft d, IReadOnlyList<MembershipFact> facts, int year)
    {
        var others = facts.Where(f => f.Year != year).GroupBy(f => f.Year).Select(g => g.First()).ToList();
        if (others.Count == 0)
        {
            return;
        }

        var refs = others.Select(f => $"{f.Year} [{d.Citations.Cite(f)}]");
        d.Line().Line((d.En ? "It is also listed in the reports for: " : "Figuruje też na listach w raportach za: ") + string.Join(", ", refs) + ".");
    }

    private static void LastListed(AnswerContext ctx, AnswerDraft d, IReadOnlyList<MembershipFact> facts, int? notYear)
    {
        var last = facts.Where(f => f.Year != notYear).OrderBy(f => f.Year).LastOrDefault();
        if (last is null)
        {
            return;
        }

        var n = d.Citations.Cite(last);
        d.Facts.Add(ListComposer.Fact(ctx, "membership", last, n));
        d.Line().Line(d.En
            ? $"It is listed as a member in {Report(true, last.Year)}: {Q(true, last.NameAsWritten)} [{n}]."
            : $"Jako członek figuruje w raporcie za {last.Year} r.: {Q(false, last.NameAsWritten)} [{n}].");
        d.Year ??= last.Year;
    }

    private static void Events(AnswerContext ctx, AnswerDraft d, Organisation org)
    {
        foreach (var e in ctx.View.EventsOf(org.Id))
        {
            var n = d.Citations.Cite(e);
            d.Facts.Add(new AnswerFact(e.Kind == EventKind.Joined ? "joined" : "left", org.CanonicalName, e.NameAsWritten, e.Year, "unknown", n));
            d.Line().Line($"> {Q(d.En, e.Quote)} [{n}]");
        }
    }

    private static void Suggest(AnswerContext ctx, AnswerDraft d, string name)
    {
        var s = ctx.SubjectFor(d.En);
        d.Suggest(d.En ? $"When did {s} join {name}?" : $"Kiedy {s} przystąpiło do organizacji {Q(false, name)}?");
        d.Suggest(d.En ? $"What did {s} do in {name}?" : $"Co {s} robiło w organizacji {Q(false, name)}?");
    }
}

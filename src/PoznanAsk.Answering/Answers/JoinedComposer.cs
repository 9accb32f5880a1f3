using PoznanAsk.Knowledge.Model;
using static PoznanAsk.Answering.Answers.Phrases;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// when-joined: the dated sentence that states the join, quoted; when the reports state none,
/// say so and cite the years the organisation appears as a member instead — never guess a year.
/// </summary>
internal static class JoinedComposer
{
    /// <summary>Composes the answer.</summary>
    public static Answer Compose(AnswerContext ctx, AnswerDraft d)
    {
        var q = d.Question;
        var en = d.En;
        if (q.Mentions.Count == 0)
        {
            return ctx.NotFound(d, en ? "I could not find this organisation in the reports." : "Nie znalazłem tej organizacji w raportach.");
        }

        if (q.Mentions[0].IsAmbiguous)
        {
            return MemberComposer.Disambiguate(ctx, d, q.Mentions[0]);
        }

        var org = q.Mentions[0].Organisation;
        var masked = q.Mentions.SelectMany(m => m.WordIndices).ToHashSet();
        var kind = Questions.Lexicon.Leave.In(q.Words, masked) ? EventKind.Left : EventKind.Joined;
        var joins = ctx.View.EventsOf(org.Id).Where(e => e.Kind == kind).ToList();
        var s = ctx.SubjectFor(en);
        if (joins.Count > 0)
        {
            foreach (var e in joins)
            {
                var n = d.Citations.Cite(e);
                d.Facts.Add(new AnswerFact(kind == EventKind.Joined ? "joined" : "left", org.CanonicalName, e.NameAsWritten, e.Year, "unknown", n));
                d.Line(en ? $"According to {Report(en, e.Year)}:" : $"Według raportu za {e.Year} r.:").Line($"> {Q(en, e.Quote)} [{n}]").Line();
            }

            d.Year = joins[0].Year;
            d.Suggest(en ? $"What did {s} do in {joins[0].NameAsWritten}?" : $"Co {s} robiło w organizacji {Q(false, joins[0].NameAsWritten)}?");
            return d.Build();
        }

        var facts = ctx.View.Of(org.Id).GroupBy(f => f.Year).Select(g => g.First()).ToList();
        if (facts.Count == 0)
        {
            return ctx.NotFound(d);
        }

        d.Found = false;
        d.Line(kind == EventKind.Joined
            ? (en ? "The reports do not say when the city joined this organisation." : "Raporty nie podają, kiedy miasto przystąpiło do tej organizacji.")
            : (en ? "The reports do not say that the city left this organisation." : "Raporty nie podają, by miasto wystąpiło z tej organizacji."));
        d.Line(Covered(en, ctx.View.Years)).Line();
        d.Line(en ? "It appears as a member in the reports for:" : "Jako członek figuruje w raportach za:");
        foreach (var f in facts)
        {
            var n = d.Citations.Cite(f);
            d.Facts.Add(ListComposer.Fact(ctx, "membership", f, n));
            d.Line($"- {f.Year}: {Q(en, f.NameAsWritten)} [{n}]");
        }

        d.Suggest(en ? $"What did {s} do in {facts[^1].NameAsWritten}?" : $"Co {s} robiło w organizacji {Q(false, facts[^1].NameAsWritten)}?");
        return d.Build();
    }
}

using static PoznanAsk.Answering.Answers.Phrases;

namespace PoznanAsk.Answering.Answers;

/// <summary>help: what the service does and example questions built from what is ingested.</summary>
internal static class HelpComposer
{
    /// <summary>Composes the help answer; <paramref name="greeting"/> opens a conversation.</summary>
    public static Answer Compose(AnswerContext ctx, AnswerDraft d, bool greeting)
    {
        var en = d.En;
        d.Intent = Intents.Help;
        d.Line(greeting
            ? (en ? "Hello! I answer questions about the city's annual reports and cite the passages I rely on." : "Dzień dobry! Odpowiadam na pytania o raporty o stanie miasta i cytuję fragmenty, na których się opieram.")
            : (en ? "I answer questions about the city's annual reports, always citing the report passages." : "Odpowiadam na pytania o raporty o stanie miasta, zawsze cytując fragmenty raportów."));
        d.Line(Covered(en, ctx.View.Years)).Line();
        d.Line(en ? "You can ask, for example:" : "Możesz zapytać na przykład:");
        d.Line(en ? "- which organisations the city belonged to (international or national, in a given year)," : "- do jakich organizacji należało miasto (międzynarodowych lub krajowych, w danym roku),");
        d.Line(en ? "- whether it is a member of an organisation, how many memberships it had and when it joined," : "- czy jest członkiem danej organizacji, ile miało członkostw i kiedy przystąpiło,");
        d.Line(en ? "- what it did within an organisation, or what changed between two years." : "- co robiło w ramach organizacji albo co się zmieniło między dwoma latami.");
        foreach (var s in Examples(ctx, en))
        {
            d.Suggest(s);
        }

        return d.Build();
    }

    /// <summary>Three example questions from the ingested facts (generic ones when nothing is ingested).</summary>
    public static IReadOnlyList<string> Examples(AnswerContext ctx, bool en)
    {
        var s = ctx.SubjectFor(en);
        var view = ctx.View;
        var result = new List<string>();
        var list = view.Knowledge.Lists.OrderByDescending(l => l.Year).FirstOrDefault();
        if (list is not null)
        {
            var scope = list.Scope == Knowledge.Model.MembershipScope.Unknown ? null : (Knowledge.Model.MembershipScope?)list.Scope;
            result.Add(en ? $"Which {Organisations(en, scope)} did {s} belong to in {list.Year}?" : $"Do jakich {Organisations(en, scope)} należało {s} w {list.Year} r.?");
            var item = view.Items(list).FirstOrDefault();
            if (item is not null)
            {
                result.Add(en ? $"Is {s} a member of {item.NameAsWritten}?" : $"Czy {s} należy do organizacji {Q(false, item.NameAsWritten)}?");
            }
        }

        if (view.Years.Count >= 2)
        {
            result.Add(en ? $"What changed between {view.Years[^2]} and {view.Years[^1]}?" : $"Co się zmieniło między {view.Years[^2]} a {view.Years[^1]} r.?");
        }

        var fallback = en
            ? new[] { "Which international organisations does the city belong to?", "How many national organisations?", "What changed between the last two reports?" }
            : new[] { "Do jakich organizacji międzynarodowych należy miasto?", "Ile organizacji krajowych?", "Co się zmieniło między ostatnimi raportami?" };
        result.AddRange(fallback.Take(Math.Max(0, 3 - result.Count)));
        return result.Take(3).ToList();
    }
}

using PoznanAsk.Knowledge.Facts;
using PoznanAsk.Knowledge.Model;
using static PoznanAsk.Answering.Answers.Phrases;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// diff of two years whose reports have no comparable lists but state how many organisations the city
/// belonged to ("Miasto Poznań w 2018 r. było członkiem 11 organizacji …", the members shown as logos):
/// both count sentences, cited, the direction of the change between the two stated counts, and that the
/// reports do not name the organisations behind it. No difference is computed into a new number: the
/// two counts are the report's own.
/// </summary>
internal static class StatedCountDiff
{
    /// <summary>Writes the comparison into <paramref name="d"/>; false (nothing written) when either year states no count.</summary>
    public static bool TryWrite(AnswerContext ctx, AnswerDraft d, int from, int to)
    {
        var q = d.Question;
        var found = new List<(int Year, SentenceRanker.Candidate Pick, int Count)>();
        MembershipScope? scope = null;
        foreach (var year in new[] { from, to })
        {
            // The second year's count must be of the first one's scope (never 11 international against 16 national).
            var pick = DetailComposer.Sentence(ctx, q, year, s => AnswerComposer.MembershipSentence(q, s) && Read(s) is { StatedCount: not null } r && (scope is null || r.Scope == scope));
            if (pick is null || Read(pick.Text) is not { StatedCount: { } count } reading)
            {
                return false;
            }

            found.Add((year, pick, count));
            scope = reading.Scope;
        }

        var en = d.En;
        d.Line(en
            ? $"The reports for {from} and {to} do not list the organisations by name; they state how many there were:"
            : $"Raporty za {from} i {to} r. nie wymieniają organizacji z nazwy; podają ich liczbę:").Line();
        foreach (var (year, pick, count) in found)
        {
            var n = d.Citations.Cite(pick.Passage, pick.Start, pick.End);
            d.Line($"- {year}: **{count}** — {Q(en, pick.Text)} [{n}]");
        }

        var (a, b) = (found[0].Count, found[1].Count);
        d.Line().Line(a == b
            ? (en ? $"The number did not change ({a} → {b})." : $"Liczba się nie zmieniła ({a} → {b}).")
            : b > a
                ? (en ? $"The number grew: {a} → {b}." : $"Liczba wzrosła: {a} → {b}.")
                : (en ? $"The number fell: {a} → {b}." : $"Liczba zmalała: {a} → {b}."));
        d.Line(en
            ? "The reports do not say which organisations are behind the change."
            : "Raporty nie podają, których organizacji dotyczy ta zmiana.");
        d.Year = to;
        return true;
    }

    // The knowledge layer's reading of a count sentence ("było członkiem 11 organizacji … międzynarodowej"):
    // the stated count and the scope next to it, as for a list's intro.
    private static MembershipIntro.Reading Read(string sentence) => MembershipIntro.Read(sentence, []);
}

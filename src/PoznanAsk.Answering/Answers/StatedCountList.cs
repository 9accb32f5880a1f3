using PoznanAsk.Answering.Lists;
using PoznanAsk.Answering.Questions;
using PoznanAsk.Knowledge.Facts;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Text;
using static PoznanAsk.Answering.Answers.Phrases;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// list-memberships for a year whose report states how many organisations the city belonged to but
/// writes no list out (logos instead: "Miasto Poznań w 2020 r. było członkiem 10 organizacji …"): the
/// count sentence, cited, and the organisations the same page's text names — a list in an activity
/// sentence ("szczególnie aktywnie uczestniczyło w pracach A, B i C", glued names split) and registry
/// organisations it mentions ("dokonania Związku Miast Polskich") — each cited, in the nominative,
/// and said to be an incomplete list: never the whole membership, never a "no".
/// </summary>
internal static class StatedCountList
{
    /// <summary>The answer, or null when the year asked states no count or its page names no organisation.</summary>
    public static Answer? Compose(AnswerContext ctx, ParsedQuestion q)
    {
        if (q.Years.Count != 1 || !ctx.View.Years.Contains(q.Years[0]))
        {
            return null;
        }

        var year = q.Years[0];
        var pick = DetailComposer.Sentence(ctx, q, year, s => AnswerComposer.MembershipSentence(q, s)
            && MembershipIntro.Read(s, []) is { StatedCount: not null } r && (q.Scope is null || r.Scope == q.Scope));
        if (pick is null || MembershipIntro.Read(pick.Text, []) is not { StatedCount: { } count } reading)
        {
            return null;
        }

        var named = Named(ctx, pick.Passage.Source, year);
        if (named.Count == 0)
        {
            return null;
        }

        var d = new AnswerDraft(q, ctx.View) { Intent = q.Intent, Year = year };
        var en = d.En;
        var intro = d.Citations.Cite(pick.Passage, pick.Start, pick.End);
        d.Line($"**{ScopeTitle(en, reading.Scope == MembershipScope.Unknown ? q.Scope : reading.Scope)} — {Report(en, year)}:** {Q(en, pick.Text)} [{intro}]").Line();
        d.Facts.Add(new AnswerFact("count", null, null, year, ScopeName(reading.Scope), intro, count));
        d.Facts.Add(new AnswerFact("counted", null, null, year, ScopeName(reading.Scope), intro, named.Count));
        d.Line(en
            ? $"The report's text does not list all {count} organisations (the list is incomplete here); it names {named.Count} of them:"
            : $"Tekst raportu nie wymienia wszystkich {count} organizacji (lista jest tu niepełna); z nazwy wymienia {named.Count} z nich:");
        var inline = named.Where(x => x.Canonical is null).Select(x => x.Written).ToList();
        var forms = ctx.Forms?.Nominative(inline) ?? inline;
        for (var i = 0; i < named.Count; i++)
        {
            var (passage, start, end, written, canonical) = named[i];
            var n = d.Citations.Cite(passage, start, end);
            var form = canonical ?? forms[i];
            d.Line(form == written ? $"- {written} [{n}]" : $"- {form} ({Q(en, written)}) [{n}]");
        }

        return d.Build();
    }

    // The organisations the page's text names: inline lists of activity or membership sentences, then registry organisations it mentions.
    private static List<(Passage Passage, int Start, int End, string Written, string? Canonical)> Named(AnswerContext ctx, string source, int year)
    {
        var found = new List<(Passage, int, int, string, string?)>();
        var seen = new List<string[]>();
        var passages = ctx.View.Knowledge.Passages.Where(p => p.Source == source && p.Year == year && p.Kind is not (PassageKind.ListItem or PassageKind.Caption)).ToList();
        var masked = new HashSet<int>();
        foreach (var p in passages)
        {
            foreach (var (s, e) in SentenceSplitter.Split(p.Text))
            {
                var sentence = p.Text[s..e];
                var words = WordSplitter.Split(sentence);
                if (!Lexicon.Activity.In(words, masked) && !Lexicon.StrongMembership.In(words, masked))
                {
                    continue;
                }

                foreach (var (a, b) in InlineList.Items(sentence))
                {
                    var folded = Folded(sentence[a..b]);
                    if (!seen.Any(x => x.SequenceEqual(folded)))
                    {
                        seen.Add(folded);
                        found.Add((p, s, e, sentence[a..b], null));
                    }
                }
            }
        }

        var ids = passages.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var link in ctx.View.Knowledge.Activities.Where(a => ids.Contains(a.PassageId)).DistinctBy(a => a.OrganisationId))
        {
            if (ctx.View.Knowledge.OrganisationsById.GetValueOrDefault(link.OrganisationId) is not { } org)
            {
                continue;
            }

            var name = Folded(org.CanonicalName);
            if (seen.Any(x => InflectedName.Find(name, x) >= 0))
            {
                continue;
            }

            var p = ctx.View.Knowledge.PassagesById[link.PassageId];
            foreach (var (s, e) in SentenceSplitter.Split(p.Text))
            {
                var words = WordSplitter.Split(p.Text[s..e]);
                var at = InflectedName.Find(name, words.Select(w => w.Folded).ToList());
                if (at >= 0)
                {
                    seen.Add(name);
                    found.Add((p, s, e, p.Text[(s + words[at].Start)..(s + words[at + name.Length - 1].End)], org.CanonicalName));
                    break;
                }
            }
        }

        return found;
    }

    private static string[] Folded(string text) => WordSplitter.Split(text).Select(w => w.Folded).ToArray();
}

using System.Globalization;
using System.Text.RegularExpressions;
using PoznanAsk.Answering.Questions;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// Checks the never-invent rule on a finished answer: every [n] marker has a citation and every
/// citation is used; every quote is the source text at its offsets; every number in the text is in
/// a quote, is a covered year or a cited passage's year, echoes the question, or is the number of
/// cited items of a list; every registry name or abbreviation in the text appears in a quote or in
/// a cited passage's section heading. Used by the tests and by <c>eval</c>.
/// </summary>
internal static partial class AnswerAudit
{
    /// <summary>The violations found (empty when the answer is clean).</summary>
    public static IReadOnlyList<string> Check(Answer answer, KnowledgeBase knowledge, string question)
    {
        var problems = new List<string>();
        var markers = Markers().Matches(answer.Text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();
        foreach (var n in markers.Where(n => n < 1 || n > answer.Citations.Count))
        {
            problems.Add($"marker [{n}] has no citation");
        }

        foreach (var c in answer.Citations)
        {
            if (!markers.Contains(c.Number))
            {
                problems.Add($"citation {c.Number} is never referred to");
            }

            var p = knowledge.PassagesById.GetValueOrDefault(c.PassageId);
            if (p is null)
            {
                problems.Add($"citation {c.Number} names an unknown passage {c.PassageId}");
            }
            else if (c.Start < p.Start || c.End > p.End || p.Text[(c.Start - p.Start)..(c.End - p.Start)] != c.Quote)
            {
                problems.Add($"citation {c.Number} quote is not the source text at {c.Start}..{c.End}");
            }
        }

        var body = Markers().Replace(answer.Text, " ");
        var quotes = answer.Citations.Select(c => c.Quote).ToList();
        var allowedNumbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var y in knowledge.Years.Concat(answer.Citations.Where(c => c.Year is not null).Select(c => c.Year!.Value)))
        {
            allowedNumbers.Add(y.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var w in WordSplitter.Split(question).Where(w => w.IsNumber))
        {
            allowedNumbers.Add(w.Text);
        }

        foreach (var g in answer.Facts.Where(f => f.Kind == "membership").GroupBy(f => (f.Year, f.Scope)))
        {
            allowedNumbers.Add(g.Count().ToString(CultureInfo.InvariantCulture));
        }

        // The items of a cited list, counted by the answer (the report states no number).
        foreach (var f in answer.Facts.Where(f => f.Kind == "counted" && f.Value is not null))
        {
            allowedNumbers.Add(f.Value!.Value.ToString(CultureInfo.InvariantCulture));
        }

        // A quote in the text that is verbatim from a cited passage (a table's head beside its cited row).
        var cited = answer.Citations.Select(c => knowledge.PassagesById.GetValueOrDefault(c.PassageId)?.Text).OfType<string>().ToList();
        var verbatim = InlineQuotes().Matches(body).Select(m => m.Groups[1].Value)
            .Where(q => q.Split(" · ").All(part => cited.Any(t => t.Contains(part, StringComparison.Ordinal))));
        var quotedWords = quotes.Concat(verbatim).SelectMany(q => WordSplitter.Split(q)).Where(w => w.IsNumber).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var w in WordSplitter.Split(body).Where(w => w.IsNumber))
        {
            if (!allowedNumbers.Contains(w.Text) && !quotedWords.Contains(w.Text))
            {
                problems.Add($"number {w.Text} is in no quote");
            }
        }

        var foldedBody = " " + string.Join(' ', WordSplitter.Split(body).Select(w => w.Folded)) + " ";
        var foldedSources = string.Join(" | ", quotes.Concat(answer.Citations.Select(c => c.Section)).Concat([question])
            .Select(q => " " + string.Join(' ', WordSplitter.Split(q).Select(w => w.Folded)) + " "));
        var sourceWords = quotes.Select(q => WordSplitter.Split(q).Select(w => w.Folded).ToArray()).ToList();
        foreach (var o in knowledge.Organisations)
        {
            foreach (var name in new[] { o.CanonicalName }.Concat(o.Aliases.Select(a => a.Name)).Concat(o.Abbreviations))
            {
                var key = " " + string.Join(' ', WordSplitter.Split(name).Select(w => w.Folded)) + " ";
                if (key.Trim().Length >= 3 && foldedBody.Contains(key, StringComparison.Ordinal) && !foldedSources.Contains(key, StringComparison.Ordinal) && !Inflected(key, sourceWords))
                {
                    problems.Add($"organisation '{name}' is named but not quoted");
                }
            }
        }

        return problems;
    }

    // A name the answer gives in the nominative that a quote holds inflected ("Unia Metropolii Polskich" for "Unii Metropolii Polskich").
    private static bool Inflected(string key, List<string[]> sources)
    {
        var name = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return sources.Any(words => InflectedName.Find(name, words) >= 0);
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Markers();

    [GeneratedRegex(@"[„“]([^”]+)”")]
    private static partial Regex InlineQuotes();
}

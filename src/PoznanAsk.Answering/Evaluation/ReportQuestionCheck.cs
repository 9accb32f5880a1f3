using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PoznanAsk.Answering.Answers;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Evaluation;

/// <summary>
/// Judges one answer to a <see cref="ReportQuestion"/>, strictly: the expected value is in the answer
/// text, a verdict is the expected one, the answer's citations hold the evidence (a cited passage of
/// the evidence file contains the quote), no distractor is cited and the never-invent audit is clean.
/// </summary>
public static partial class ReportQuestionCheck
{
    /// <summary>What the judgement found.</summary>
    /// <param name="Reasons">Unmet expectations (empty = correct).</param>
    /// <param name="EvidenceHeld">Whether the citations hold the evidence (null when the question has none).</param>
    /// <param name="WrongVerdict">The answer gives a yes/no verdict the corpus does not support.</param>
    public sealed record Outcome(IReadOnlyList<string> Reasons, bool? EvidenceHeld, bool WrongVerdict);

    /// <summary>Judges <paramref name="a"/>.</summary>
    public static Outcome Check(ReportQuestion q, Answer a, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(knowledge);
        var r = new List<string>();
        var text = Norm(a.Text.Replace("**", string.Empty, StringComparison.Ordinal));
        var verdict = Verdict(a.Text);
        var wrongVerdict = false;
        var e = q.Expected;
        switch (q.Kind)
        {
            case QuestionKind.YesNo:
                var expected = e.GetProperty("answer").GetBoolean();
                if (verdict is null)
                {
                    r.Add($"no verdict, expected {(expected ? "yes" : "no")}");
                }
                else if (verdict != expected)
                {
                    wrongVerdict = true;
                    r.Add($"verdict {(verdict.Value ? "yes" : "no")}, expected {(expected ? "yes" : "no")}");
                }

                break;
            case QuestionKind.None:
                if (a.Found)
                {
                    r.Add("answered, but the reports do not say");
                }

                break;
            case QuestionKind.Fact:
                var values = new[] { e.GetProperty("value").GetString()! }.Concat(Strings(e, "accept")).ToList();
                if (!values.Any(v => HasValue(text, v)))
                {
                    r.Add($"text lacks '{values[0]}'");
                }

                break;
            case QuestionKind.Count:
                Need(r, text, e.GetProperty("count"));
                break;
            case QuestionKind.When:
                Need(r, text, e.GetProperty("year"));
                break;
            case QuestionKind.Activity:
                r.AddRange(Strings(e, "keywords").Where(k => !HasValue(text, k)).Select(k => $"text lacks '{k}'"));
                break;
            case QuestionKind.Diff:
                Need(r, text, e.GetProperty("from"));
                Need(r, text, e.GetProperty("to"));
                break;
            case QuestionKind.List:
                r.AddRange(Strings(e, "items").Where(i => !HasValue(text, i)).Select(i => $"text lacks item '{i}'"));
                if (e.TryGetProperty("stated_count", out var stated) && stated.ValueKind == JsonValueKind.Number)
                {
                    Need(r, text, stated);
                }

                break;
        }

        if (q.Kind != QuestionKind.YesNo && verdict is not null)
        {
            wrongVerdict = true;
            r.Add($"a {(verdict.Value ? "yes" : "no")} verdict where none was asked for");
        }

        if (q.Kind != QuestionKind.None && !a.Found)
        {
            r.Add("not found");
        }

        bool? held = null;
        if (q.Evidence.Count > 0)
        {
            held = HoldsEvidence(q, a, knowledge);
            if (!held.Value)
            {
                r.Add("no citation holds the evidence");
            }
        }

        r.AddRange(a.Citations.Where(c => q.NotFrom.Contains(c.Source, StringComparer.Ordinal)).Select(c => $"cites distractor {c.Source}").Distinct());
        r.AddRange(AnswerAudit.Check(a, knowledge, q.Question).Select(p => "never-invent: " + p));
        return new Outcome(r, held, wrongVerdict);
    }

    /// <summary>
    /// A diff's evidence is held when every evidence file is (both years); any other kind's when
    /// one quote is: some citation from the quote's file names a passage that contains the quote,
    /// lies inside it, or covers most of it across a passage boundary.
    /// </summary>
    public static bool HoldsEvidence(ReportQuestion q, Answer a, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(knowledge);
        bool Held(Evidence ev) => a.Citations.Any(c => c.Source == ev.File
            && knowledge.PassagesById.TryGetValue(c.PassageId, out var p) && Holds(Norm(p.Text), Norm(ev.Quote)));
        return q.Kind == QuestionKind.Diff
            ? q.Evidence.GroupBy(ev => ev.File).All(g => g.Any(Held))
            : q.Evidence.Any(Held);
    }

    /// <summary>True when a passage's text holds a quote (both normalised).</summary>
    public static bool Holds(string passage, string quote)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(quote);
        if (passage.Contains(quote, StringComparison.Ordinal) || (passage.Length >= 15 && quote.Contains(passage, StringComparison.Ordinal)))
        {
            return true;
        }

        var need = (int)Math.Ceiling(quote.Length * 0.6);
        for (var k = quote.Length - 1; k >= need; k--)
        {
            if (passage.EndsWith(quote[..k], StringComparison.Ordinal) || passage.StartsWith(quote[^k..], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first yes/no verdict the answer opens a line with (**Tak.**, **No.** …), or null.</summary>
    public static bool? Verdict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = VerdictPattern().Match(text);
        return m.Success ? m.Groups[1].Value is "Tak" or "Yes" : null;
    }

    /// <summary>Lower-case, whitespace runs (also no-break) as one space, typographic quotes and dashes plain.</summary>
    public static string Norm(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var b = new StringBuilder(s.Length);
        var space = false;
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = b.Length > 0;
                continue;
            }

            if (space)
            {
                b.Append(' ');
                space = false;
            }

            b.Append(ch switch
            {
                '„' or '”' or '“' or '″' => '"',
                '’' or '‘' => '\'',
                '–' or '—' or '‑' => '-',
                _ => char.ToLowerInvariant(ch),
            });
        }

        return b.ToString();
    }

    private static void Need(List<string> r, string text, JsonElement value)
    {
        var ok = value.ValueKind == JsonValueKind.Number
            ? HasNumber(text, value.GetDecimal())
            : HasValue(text, value.GetString() ?? string.Empty);
        if (!ok)
        {
            r.Add($"text lacks '{value}'");
        }
    }

    private static bool HasValue(string text, string value)
    {
        var v = Norm(value);
        return v.Length > 0 && text.Contains(v, StringComparison.Ordinal);
    }

    // A number as a whole token: 13 is not in 2013 or 13,5; 6420 may be written "6 420".
    private static bool HasNumber(string text, decimal n)
    {
        var plain = Math.Abs(n).ToString(CultureInfo.InvariantCulture);
        var grouped = Math.Abs(n).ToString("#,0", CultureInfo.InvariantCulture).Replace(",", " ", StringComparison.Ordinal);
        return new[] { plain, grouped }.Distinct().Any(s => Regex.IsMatch(text, $@"(?<![\d,.]|\d )(?:{Regex.Escape(s)})(?![\d]|[,.]\d| \d)"));
    }

    private static IEnumerable<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(x => x.GetString()).OfType<string>()
            : [];

    [GeneratedRegex(@"^\s*(?:[-•]\s*)?\*\*(Tak|Nie|Yes|No)\b", RegexOptions.Multiline)]
    private static partial Regex VerdictPattern();
}

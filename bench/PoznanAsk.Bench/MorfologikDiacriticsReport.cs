using System.Text.RegularExpressions;
using PoznanAsk.Analysis.Morfologik;

namespace PoznanAsk.Bench;

/// <summary>
/// Measures diacritic restoration for <see cref="MorfologikBenchmark"/>: real word forms with Polish
/// letters are stripped to ASCII ("związku" → "zwiazku") and analysed under each
/// <see cref="DiacriticRestoration"/> mode; the reference is the lemma set of the original form.
/// Also counts how often restoration adds readings to correctly typed words without diacritics.
/// </summary>
internal static partial class MorfologikDiacriticsReport
{
    private const string PolishLetters = "ąćęłńóśźż";
    private const string AsciiLetters = "acelnoszz";

    public static void Run(MorfologikDictionary dictionary, IEnumerable<string> words, string label)
    {
        var reference = new LemmaCollector(dictionary, DiacriticRestoration.Off, 4);
        var withDiacritics = new List<(string Stripped, HashSet<string> Truth)>();
        var plainKnown = new List<string>();
        foreach (var w in words)
        {
            if (w.Length == 0 || !Word().IsMatch(w) || w != w.ToLowerInvariant())
            {
                continue;
            }

            var stripped = Strip(w);
            reference.Collect(w);
            if (!reference.Known)
            {
                continue;
            }

            if (stripped != w)
            {
                withDiacritics.Add((stripped, Terms(reference)));
            }
            else
            {
                plainKnown.Add(w);
            }
        }

        Console.WriteLine($"diacritics ({label}): {withDiacritics.Count:N0} known lower-case forms with Polish letters, stripped; {plainKnown.Count:N0} known forms without them");
        foreach (var mode in new[] { DiacriticRestoration.Off, DiacriticRestoration.UnknownWords, DiacriticRestoration.AllWordsWithoutDiacritics })
        {
            var sut = new LemmaCollector(dictionary, mode, 4);
            int reached = 0, full = 0, strippedKnown = 0;
            long produced = 0, correct = 0;
            foreach (var (stripped, truth) in withDiacritics)
            {
                sut.Collect(stripped);
                strippedKnown += sut.Known ? 1 : 0;
                var terms = Terms(sut);
                if (!sut.Known)
                {
                    terms.Remove(stripped); // the kept surface form is not a lemma claim
                }

                var hits = terms.Count(truth.Contains);
                reached += hits > 0 ? 1 : 0;
                full += truth.IsSubsetOf(terms) ? 1 : 0;
                produced += terms.Count;
                correct += hits;
            }

            int changed = 0;
            long extra = 0;
            foreach (var w in plainKnown)
            {
                reference.Collect(w);
                var truth = Terms(reference);
                sut.Collect(w);
                var added = Terms(sut).Count(t => !truth.Contains(t));
                changed += added > 0 ? 1 : 0;
                extra += added;
            }

            var n = Math.Max(1, withDiacritics.Count);
            Console.WriteLine(FormattableString.Invariant(
                $"  {mode,-26} stripped forms: right lemma reached {100.0 * reached / n:F1} %, all lemmas {100.0 * full / n:F1} %, lemma precision {100.0 * correct / Math.Max(1, produced):F1} % ({produced / (double)n:F2} lemmas/form; {100.0 * strippedKnown / n:F1} % of stripped forms are words themselves) | correct plain words given extra readings: {100.0 * changed / Math.Max(1, plainKnown.Count):F2} % (+{extra} lemmas)"));
        }
    }

    /// <summary>Tokens of a text file (letters only), in order, for a token-weighted sample.</summary>
    public static IEnumerable<string> TextTokens(string path) =>
        Letters().Matches(File.ReadAllText(path)).Select(m => m.Value.ToLowerInvariant());

    private static HashSet<string> Terms(LemmaCollector c)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < c.Count; i++)
        {
            set.Add(c.Term(i).ToString());
        }

        return set;
    }

    private static string Strip(string w)
    {
        var chars = w.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var k = PolishLetters.IndexOf(chars[i], StringComparison.Ordinal);
            if (k >= 0)
            {
                chars[i] = AsciiLetters[k];
            }
        }

        return new string(chars);
    }

    [GeneratedRegex(@"^\p{L}+$")]
    private static partial Regex Word();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();
}

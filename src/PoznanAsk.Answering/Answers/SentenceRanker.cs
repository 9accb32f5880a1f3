using System.Text.RegularExpressions;
using PoznanAsk.Answering.Questions;
using PoznanAsk.Answering.Retrieval;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Text;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// Picks the sentences that answer a detail question from the passages retrieval found: a sentence
/// scores by the share of the question's words it holds (names and numbers weigh double), the
/// passage's coverage of the question, its rank, whether it shows the kind of thing the question
/// word asks for (a number for "ile", a year or date for "kiedy", a name for "gdzie"/"kto"/"jaki")
/// and whether it names the year asked. Captions and credits are never answers.
/// </summary>
internal static partial class SentenceRanker
{
    /// <summary>A scored sentence: a span of its passage's text.</summary>
    public sealed record Candidate(Passage Passage, int Start, int End, double Score, double Share, double Coverage)
    {
        public string Text => Passage.Text[Start..End];
    }

    /// <summary>Every sentence of the hits, best first.</summary>
    public static IReadOnlyList<Candidate> Rank(IReadOnlyList<PassageHit> hits, IReadOnlyList<Word> words, AskedFor asked, int? year)
    {
        var weighted = words.Select(w => (w.Folded, Weight: w.IsNumber || (w.IsCapitalised && w.Index > 0) ? 2.0 : w.Folded.Length >= 7 ? 1.3 : 1.0)).ToList();
        var total = weighted.Sum(w => w.Weight);
        var result = new List<Candidate>();
        for (var rank = 0; rank < hits.Count; rank++)
        {
            var hit = hits[rank];
            if (hit.Passage.Kind == PassageKind.Caption || IsCredit(hit.Passage.Text))
            {
                continue;
            }

            foreach (var (start, end) in SentenceSplitter.Split(hit.Passage.Text, lines: true))
            {
                var text = hit.Passage.Text[start..end];
                var sw = WordSplitter.Split(text);
                if (sw.Count < 3 || IsCredit(text))
                {
                    continue;
                }

                var matched = weighted.Where(q => sw.Any(s => WordMatcher.Similarity(q.Folded, s.Folded) >= WordMatcher.Typo)).Sum(q => q.Weight);
                var share = total == 0 ? 0 : matched / total;
                var score = (0.55 * share) + (0.35 * hit.Coverage) + (0.1 / (rank + 1))
                    + (Shows(asked, text, sw, words) ? 0.2 : 0)
                    + (year is { } y && text.Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) ? 0.1 : 0);
                result.Add(new Candidate(hit.Passage, start, end, score, share, hit.Coverage));
            }
        }

        return result.OrderByDescending(c => c.Score).ToList();
    }

    /// <summary>Whether a sentence shows the kind of thing asked for.</summary>
    public static bool Shows(AskedFor asked, string text, IReadOnlyList<Word> sentence, IReadOnlyList<Word> question) => asked switch
    {
        AskedFor.Number => Amount().IsMatch(text),
        AskedFor.Time => YearOrDate().IsMatch(text),
        AskedFor.Place or AskedFor.Person or AskedFor.Name => sentence.Any(s => s.Index > 0 && s.IsCapitalised && !question.Any(q => WordMatcher.Similarity(q.Folded, s.Folded) > 0)) || text.Contains('„'),
        _ => false,
    };

    /// <summary>A photo credit or source line ("fot. …", "arch. UMP", "Źródło: …"), not content.</summary>
    public static bool IsCredit(string text)
    {
        var t = text.TrimStart();
        return t.Length < 120 && Credit().IsMatch(t);
    }

    // A number that is not only a year: "753", "1,4 mln", "8%", "100 tys.".
    [GeneratedRegex(@"(?<![\d/])(?!(?:19|20)\d\d(?![\d,%]))\d[\d\s  ]*(?:[,.]\d+)?\s*(?:%|proc|tys|mln|mld|zł|km|os|PLN)?", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b|\b\d{1,2}\s+(?:stycz|lut|mar|kwie|maj|czerw|lip|sierp|wrze|paźdz|pazdz|listop|grud|jan|feb|apr|jun|jul|aug|sep|oct|nov|dec)", RegexOptions.IgnoreCase)]
    private static partial Regex YearOrDate();

    [GeneratedRegex(@"^(?:fot\.|fot:|foto|arch\.|archiwum|źródło:|zrodlo:|source:|photo|©)", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();
}

using System.Text;
using System.Text.RegularExpressions;

namespace PoznanAsk.Knowledge.Reading.Pdf;

/// <summary>
/// Finds the lines that are page furniture, not report text: page numbers ("12", "– 12 –",
/// "Strona 12 z 600", "s. 12") and running headers and footers, i.e. lines in a page's top or
/// bottom margin band whose text, with its digits masked, recurs on many pages (at least
/// <see cref="MinShare"/> of the pages, and at least two of them) in type no larger than the body text.
/// </summary>
internal static partial class RunningText
{
    /// <summary>Share of the page height, at the top and at the bottom, where headers and footers live.</summary>
    public const double MarginBand = 0.12;

    /// <summary>A line recurring on this share of pages is a running header or footer.</summary>
    public const double MinShare = 0.4;

    /// <summary>Marks the furniture of <paramref name="pages"/> (lines per page, with each page's height).</summary>
    /// <returns>For each page, the indexes of its lines to drop.</returns>
    public static HashSet<int>[] Find(IReadOnlyList<(List<PdfLine> Lines, double Height)> pages)
    {
        var drop = pages.Select(_ => new HashSet<int>()).ToArray();
        var all = pages.SelectMany(p => p.Lines).ToArray();
        var body = all.Length == 0 ? 0 : all.GroupBy(l => l.Size).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
        var candidates = new Dictionary<string, List<(int Page, int Line)>>(StringComparer.Ordinal);
        for (var p = 0; p < pages.Count; p++)
        {
            var (lines, height) = pages[p];
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var top = line.Baseline > height * (1 - MarginBand);
                var bottom = line.Baseline < height * MarginBand;
                if (!top && !bottom)
                {
                    continue;
                }

                if (PageNumber().IsMatch(line.Text))
                {
                    drop[p].Add(i);
                    continue;
                }

                if (line.Size > body + 0.5)
                {
                    // Larger than the body text: a heading at the top of a page, never furniture.
                    continue;
                }

                var key = (top ? "t:" : "b:") + Mask(line.Text);
                if (!candidates.TryGetValue(key, out var list))
                {
                    candidates[key] = list = [];
                }

                list.Add((p, i));
            }
        }

        var needed = Math.Max(2, (int)Math.Ceiling(pages.Count * MinShare));
        foreach (var occurrences in candidates.Values)
        {
            if (occurrences.Select(o => o.Page).Distinct().Count() >= needed)
            {
                foreach (var (page, line) in occurrences)
                {
                    drop[page].Add(line);
                }
            }
        }

        return drop;
    }

    private static string Mask(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                if (sb.Length == 0 || sb[^1] != '#')
                {
                    sb.Append('#');
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^\W*(?:(?:strona|str\.|s\.|page)\s*)?\d{1,4}(?:\s*(?:z|/|of)\s*\d{1,4})?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}

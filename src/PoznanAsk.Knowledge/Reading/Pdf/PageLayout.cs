using UglyToad.PdfPig.Content;

namespace PoznanAsk.Knowledge.Reading.Pdf;

/// <summary>
/// Puts a page's words in reading order. Words on one baseline form a row; a row splits into
/// fragments where the gap between two words is wider than <see cref="GapEms"/> of the font size.
/// A run of rows split at one gutter, whose left fragments fill their column, is two columns: the
/// left column is read before the right one. A run of at least two split rows that is not columns is
/// a table: each row becomes one <see cref="PdfLineKind.TableRow"/>. Everything else is one line per row.
/// </summary>
internal static class PageLayout
{
    /// <summary>A gap wider than this many font sizes separates columns or cells, not words.</summary>
    public const double GapEms = 1.5;

    /// <summary>Rows further apart than this many font sizes are not one table or column run.</summary>
    private const double RunGapEms = 3;

    /// <summary>Cells this close (points) start the same table column.</summary>
    private const double ColumnSlack = 3;

    /// <summary>Left fragments of a column run are at least this share of the column width (median); table cells are shorter.</summary>
    private const double ColumnFill = 0.7;

    private sealed record Fragment(IReadOnlyList<Word> Words, double Left, double Right, double Baseline, double Size, bool Bold)
    {
        public string Text => string.Join(' ', Words.Select(w => w.Text));
    }

    /// <summary>The lines of <paramref name="page"/> in reading order.</summary>
    public static List<PdfLine> Lines(Page page)
    {
        var words = page.GetWords()
            .Where(w => w.TextOrientation == TextOrientation.Horizontal && !string.IsNullOrWhiteSpace(w.Text))
            .ToList();
        var rows = Rows(words);
        var lines = new List<PdfLine>(rows.Count);
        for (var r = 0; r < rows.Count;)
        {
            if (rows[r].Count == 1)
            {
                lines.Add(Line(page.Number, rows[r][0]));
                r++;
                continue;
            }

            var end = RunEnd(rows, r);
            if (IsColumns(rows, r, end))
            {
                var gutter = rows[r][0].Right;
                foreach (var side in new[] { true, false })
                {
                    for (var i = r; i < end; i++)
                    {
                        lines.AddRange(rows[i].Where(f => (f.Left <= gutter) == side).Select(f => Line(page.Number, f)));
                    }
                }
            }
            else if (end - r >= 2)
            {
                for (var i = r; i < end; i++)
                {
                    lines.Add(rows[i].Count == 1 ? Line(page.Number, rows[i][0]) : Row(page.Number, rows[i]));
                }
            }
            else
            {
                // One split row alone ("Raport …        12"): one line.
                var row = rows[r];
                lines.Add(new PdfLine(page.Number, string.Join(' ', row.Select(f => f.Text)), row[0].Left, row[^1].Right,
                    row[0].Baseline, row.Max(f => f.Size), row.All(f => f.Bold), PdfLineKind.Text));
            }

            r = end;
        }

        return lines;
    }

    /// <summary>
    /// Where a run of split rows starting at <paramref name="start"/> ends (exclusive). A run of two
    /// fragments per row keeps to one gutter (single short lines on either side allowed, as a column's
    /// paragraph ends); any other run is a table whose rows start cells at the column starts already seen.
    /// A gap of more than <see cref="RunGapEms"/> lines ends a run.
    /// </summary>
    private static int RunEnd(List<List<Fragment>> rows, int start)
    {
        var first = rows[start];
        var gutter = first.Count == 2 ? (Left: first[0].Right, Right: first[1].Left) : ((double Left, double Right)?)null;
        var columns = first.Select(f => f.Left).ToList();
        var end = start + 1;
        while (end < rows.Count)
        {
            var row = rows[end];
            var previous = rows[end - 1];
            if (previous[0].Baseline - row[0].Baseline > RunGapEms * row[0].Size)
            {
                break;
            }

            if (row.Count == 1)
            {
                // A short line inside a column run (a paragraph's last line) stays on its side of the gutter.
                if (gutter is not { } g || !(row[0].Right <= g.Right || row[0].Left >= g.Left))
                {
                    break;
                }
            }
            else if (gutter is { } g && (row.Count != 2 || row[0].Right > g.Right || row[1].Left < g.Left))
            {
                if (end - start >= 2 || !Aligned(row, columns))
                {
                    break;
                }

                gutter = null;
            }
            else if (gutter is null && !Aligned(row, columns))
            {
                break;
            }

            columns.AddRange(row.Select(f => f.Left).Where(l => !columns.Any(c => Math.Abs(c - l) <= ColumnSlack)));
            end++;
        }

        return end;
    }

    /// <summary>Whether most cells of <paramref name="row"/> start at a column start already seen.</summary>
    private static bool Aligned(List<Fragment> row, List<double> columns) =>
        row.Count(f => columns.Any(c => Math.Abs(c - f.Left) <= ColumnSlack)) * 2 > row.Count;

    private static bool IsColumns(List<List<Fragment>> rows, int start, int end)
    {
        var split = rows.Skip(start).Take(end - start).Where(r => r.Count == 2).ToArray();
        if (split.Length < 2 || rows.Skip(start).Take(end - start).Any(r => r.Count > 2))
        {
            return false;
        }

        var textLeft = split.Min(r => r[0].Left);
        var gutterLeft = split.Max(r => r[0].Right);
        var gutterRight = split.Min(r => r[1].Left);
        var textRight = split.Max(r => r[1].Right);
        if (gutterRight <= gutterLeft)
        {
            return false;
        }

        var leftFill = Median(split.Select(r => (r[0].Right - r[0].Left) / (gutterLeft - textLeft)));
        var rightFill = Median(split.Select(r => (r[1].Right - r[1].Left) / (textRight - gutterRight)));
        return leftFill >= ColumnFill && rightFill >= ColumnFill;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }

    private static List<List<Fragment>> Rows(List<Word> words)
    {
        var rows = new List<List<Fragment>>();
        var ordered = words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left).ToList();
        var current = new List<Word>();
        double baseline = 0, size = 0;
        foreach (var word in ordered)
        {
            var wordSize = Size(word);
            if (current.Count > 0 && Math.Abs(word.BoundingBox.Bottom - baseline) > 0.35 * Math.Max(size, wordSize))
            {
                rows.Add(Split(current));
                current = [];
            }

            if (current.Count == 0)
            {
                baseline = word.BoundingBox.Bottom;
                size = wordSize;
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            rows.Add(Split(current));
        }

        return rows;
    }

    private static List<Fragment> Split(List<Word> row)
    {
        row.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        var fragments = new List<Fragment>();
        var start = 0;
        for (var i = 1; i <= row.Count; i++)
        {
            if (i == row.Count || row[i].BoundingBox.Left - row[i - 1].BoundingBox.Right > GapEms * Math.Max(Size(row[i]), Size(row[i - 1])))
            {
                fragments.Add(Make(row.GetRange(start, i - start)));
                start = i;
            }
        }

        return fragments;
    }

    private static Fragment Make(List<Word> words)
    {
        var letters = words.SelectMany(w => w.Letters).ToArray();
        var size = letters.GroupBy(l => Math.Round(l.PointSize * 2) / 2).MaxBy(g => g.Count())!.Key;
        var bold = letters.Count(IsBold) * 2 > letters.Length;
        return new Fragment(words, words[0].BoundingBox.Left, words[^1].BoundingBox.Right, words.Min(w => w.BoundingBox.Bottom), size, bold);
    }

    private static double Size(Word word) => word.Letters.Count == 0 ? 0 : word.Letters[0].PointSize;

    /// <summary>Bold by the font's flags or weight, or by its name ("…,Bold", "…-Semibold", "…Black").</summary>
    internal static bool IsBold(Letter letter)
    {
        if (letter.FontDetails is { IsBold: true } or { Weight: >= 600 })
        {
            return true;
        }

        var name = letter.FontName ?? string.Empty;
        return name.Contains("Bold", StringComparison.OrdinalIgnoreCase) || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase);
    }

    private static PdfLine Line(int page, Fragment f) => new(page, f.Text, f.Left, f.Right, f.Baseline, f.Size, f.Bold, PdfLineKind.Text);

    private static PdfLine Row(int page, List<Fragment> cells) =>
        new(page, string.Join(" | ", cells.Select(c => c.Text)), cells[0].Left, cells[^1].Right, cells[0].Baseline,
            cells.Max(c => c.Size), cells.All(c => c.Bold), PdfLineKind.TableRow);
}

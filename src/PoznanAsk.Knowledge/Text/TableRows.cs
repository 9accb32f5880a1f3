namespace PoznanAsk.Knowledge.Text;

/// <summary>
/// Table rows of report text that lost its markup: a label followed by at least two number cells
/// ("Piątkowo 3,8 34 290 8 930", "Ludność w tys. 538,6 536,4 99,6", "Liczba zgonów 5632 5864 104,1",
/// "przedprodukcyjnym 16,5 16,8 x"), or by one figure with its unit ("Udziały w podatku (CIT) 175 mln"), or a Markdown row ("| Teatr Nowy | 57 | 963 261 |"). A table's
/// head is the lines right before its first row that are not rows: its title and column header
/// ("Ludność zameldowana w Poznaniu wg osiedli (31.12. 2018 r.)", "Nazwa osiedla Powierzchnia w km2
/// Liczba mieszkańców Gęstość zaludnienia"). The one reader of table rows: ingest keeps rows and heads
/// out of headings, and answers read a row with its head.
/// </summary>
public static class TableRows
{
    /// <summary>Most head lines a table has (title and column header).</summary>
    public const int HeadLines = 2;

    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        "zł", "tys.", "tys", "mln", "mld", "km", "km2", "ha", "osób", "os.", "szt.", "PLN", "EUR",
    };

    /// <summary>Whether the trimmed line <paramref name="line"/> is a table row.</summary>
    public static bool IsRow(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length >= 2 && line[0] == '|' && line[^1] == '|')
        {
            return line[1..^1].Trim() is { Length: > 0 } inner && !IsRule(inner);
        }

        // A table whose markup became cells ending in '|' ("Liczba sesji | Liczba uchwał |", "19 | 330 |").
        if (line.EndsWith("|") && PipeCells(line.ToString()).Count >= 2)
        {
            return true;
        }

        // A column header of years ("Wyszczególnienie 2019 2020") is not a row.
        if (YearLabels(line.ToString()) is not null)
        {
            return false;
        }

        // Count the number cells at the end of the line, right to left, and require a label before them
        // and a figure among them; a sentence's full stop ends no row.
        var cells = 0;
        var figures = 0;
        var units = 0;
        var end = line.Length;
        while (end > 0)
        {
            var start = line[..end].LastIndexOf(' ') + 1;
            var token = line[start..end];
            if (!IsNumberCell(token))
            {
                // A unit after the last figure ("744 mln", "175 mln zł", "62,6 km").
                if (cells == 0 && units < 2 && Units.Contains(token.ToString()))
                {
                    units++;
                    end = start;
                    while (end > 0 && char.IsWhiteSpace(line[end - 1]))
                    {
                        end--;
                    }

                    continue;
                }

                return (cells >= 2 || (cells == 1 && units > 0)) && figures > 0 && HasLetter(line[..end]);
            }

            if (cells == 0 && units == 0 && token[^1] == '.')
            {
                return false;
            }

            cells++;
            figures += char.IsDigit(token[^1]) || token[^1] == '%' ? 1 : 0;
            end = start;
            while (end > 0 && char.IsWhiteSpace(line[end - 1]))
            {
                end--;
            }
        }

        return false;
    }

    /// <summary>
    /// The span of the head of the table row at <paramref name="rowStart"/> in <paramref name="text"/>:
    /// up to <see cref="HeadLines"/> non-row lines right before the table's first row; null when the
    /// line there is not a row or the table has no head in <paramref name="text"/>.
    /// </summary>
    public static (int Start, int End)? HeadOf(string text, int rowStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = SentenceSplitter.Split(text[..Math.Min(text.Length, LineEnd(text, rowStart))], lines: true);
        var i = lines.Count - 1;
        if (i < 0 || !IsRow(text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start)))
        {
            return null;
        }

        ReadOnlySpan<char> Line(int k) => text.AsSpan(lines[k].Start, lines[k].End - lines[k].Start);
        while (i > 0 && IsRow(Line(i - 1)) && !IsHeaderRow(Line(i - 1)))
        {
            i--;
        }

        // A pipe table's column header lines ("Liczba sesji | Liczba uchwał |" + "Liczba uczestników |"), then its title;
        // another table's head: its title and column header.
        var first = i;
        while (first > 0 && i - first < HeadLines + 2 && (IsHeaderRow(Line(first - 1)) || IsHeaderContinuation(Line(first - 1))))
        {
            first--;
        }

        var plain = first < i ? 1 : HeadLines;
        for (var taken = 0; first > 0 && taken < plain && !IsRow(Line(first - 1)) && IsTitle(Line(first - 1)); taken++)
        {
            first--;
        }

        return first == i ? null : (lines[first].Start, lines[i - 1].End);
    }

    /// <summary>Whether <paramref name="line"/> is a pipe table's column header: a row of cells none of which is a figure.</summary>
    public static bool IsHeaderRow(ReadOnlySpan<char> line) =>
        line.Trim() is var t && t.EndsWith("|") && IsRow(t) && PipeCells(t.ToString()) is var cells && !cells.Any(c => IsNumberCell(c));

    /// <summary>
    /// The table row at <paramref name="rowStart"/> in <paramref name="text"/> read column by column against the
    /// nearest column header before it: a pipe header ("Liczba sesji | Liczba interpelacji |" over "19 | 315 |"),
    /// or a line ending in year columns ("Wyszczególnienie 2017 2018 2017=100" over "Liczba urodzeń żywych 6420
    /// 6240 97,2"), whose row's figures are split by Polish digit grouping ("34 290 8 930"). Null when there is no
    /// such header or the row's figures can be split into the header's columns in more than one way, or none.
    /// </summary>
    public static ColumnReading? ColumnsOf(string text, int rowStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = SentenceSplitter.Split(text[..Math.Min(text.Length, LineEnd(text, rowStart))], lines: true);
        if (lines.Count < 2)
        {
            return null;
        }

        var row = text[lines[^1].Start..lines[^1].End].Trim();
        var pipe = row.EndsWith('|');
        for (var i = lines.Count - 2; i >= 0; i--)
        {
            var line = text[lines[i].Start..lines[i].End].Trim();
            var labels = pipe ? (IsHeaderRow(line) ? PipeCells(line) : null) : YearLabels(line);
            if (labels is null)
            {
                continue;
            }

            // A pipe header may go on in the lines right after it ("Liczba projektów |" + "Liczba uczestników |").
            var last = i;
            while (pipe && last + 1 < lines.Count - 1 && IsHeaderContinuation(text.AsSpan(lines[last + 1].Start, lines[last + 1].End - lines[last + 1].Start)))
            {
                labels.AddRange(PipeCells(text[lines[++last].Start..lines[last].End]));
            }

            var values = pipe ? PipeCells(row) : Figures(row, labels.Count);
            if (values is not null && pipe && values.Count == labels.Count + 1 && !IsNumberCell(values[0]))
            {
                values = values.Skip(1).ToList();
            }

            return values is not null && values.Count == labels.Count
                ? new ColumnReading(lines[i].Start, lines[last].End, labels.Zip(values, (l, v) => new Column(l, v)).ToList())
                : null;
        }

        return null;
    }

    /// <summary>Whether <paramref name="line"/> goes on with a pipe header's labels: one cell ending in '|' ("Liczba uczestników |"), no figure.</summary>
    public static bool IsHeaderContinuation(ReadOnlySpan<char> line) =>
        line.Trim() is var t && t.EndsWith("|") && !IsRow(t) && PipeCells(t.ToString()) is [var cell] && !IsNumberCell(cell) && cell.Any(char.IsLetter);

    /// <summary>
    /// The names a table lists: the first cells of the rows of the first table that starts within
    /// <paramref name="gap"/> lines after <paramref name="from"/> in <paramref name="text"/> ("Filharmonia
    /// Poznańska | 615 | 74 759 |" → "Filharmonia Poznańska"; "Piątkowo 3,8 34 290" → "Piątkowo"), as spans;
    /// its title and column header may sit in that gap. Empty when no table starts there or its rows have no labels.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> Labels(string text, int from, int gap)
    {
        ArgumentNullException.ThrowIfNull(text);
        var labels = new List<(int Start, int End)>();
        var before = 0;
        foreach (var (start, end) in SentenceSplitter.Split(text, lines: true))
        {
            if (start < from)
            {
                continue;
            }

            var line = text.AsSpan(start, end - start);
            if (!IsRow(line) || IsHeaderRow(line))
            {
                if (labels.Count > 0 || ++before > gap)
                {
                    break;
                }

                continue;
            }

            if (Label(text, start, end) is not { } label)
            {
                return [];
            }

            labels.Add(label);
        }

        return labels;
    }

    // A row's label: its first pipe cell, or the words before its number cells; null when it has none.
    private static (int Start, int End)? Label(string text, int start, int end)
    {
        var line = text[start..end];
        var lead = line.Length - line.TrimStart().Length;
        if (line.TrimStart().StartsWith('|'))
        {
            lead = line.IndexOf('|', StringComparison.Ordinal) + 1;
        }

        var bar = line.IndexOf('|', lead);
        var cut = bar >= 0 ? bar : LabelEnd(line);
        var label = line[lead..cut].Trim();
        if (label.Length == 0 || IsNumberCell(label) || !label.Any(char.IsLetter))
        {
            return null;
        }

        var at = start + line.IndexOf(label, lead, StringComparison.Ordinal);
        return (at, at + label.Length);
    }

    // Where the words before a space-separated row's number cells end ("Piątkowo 3,8 34 290" → after "Piątkowo").
    private static int LabelEnd(string line)
    {
        var end = line.TrimEnd().Length;
        while (end > 0)
        {
            var start = line.LastIndexOf(' ', end - 1) + 1;
            if (!IsNumberCell(line.AsSpan(start, end - start)) && !Units.Contains(line[start..end]))
            {
                return end;
            }

            end = start;
            while (end > 0 && line[end - 1] == ' ')
            {
                end--;
            }
        }

        return 0;
    }

    // "A | B | C |" → A, B, C.
    private static List<string> PipeCells(string line) =>
        line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    // The year columns a header line ends with ("Wyszczególnienie 2017 2018 2017=100"): two at least.
    private static List<string>? YearLabels(string line)
    {
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var n = 0;
        while (n < tokens.Length && YearLabel(tokens[^(n + 1)]))
        {
            n++;
        }

        return n >= 2 ? tokens[^n..].ToList() : null;
    }

    private static bool YearLabel(string token) =>
        token.Length >= 4 && (token[..2] is "19" or "20") && token[..4].All(char.IsDigit) && (token.Length == 4 || token[4..] is "=100" or "r." or "r");

    /// <summary>
    /// The row's trailing number cells joined into exactly <paramref name="count"/> figures, when the
    /// Polish digit grouping allows one way only: a figure is one cell, or a lead of 1–3 digits followed
    /// by groups of three ("34 290", "4 358 894 219,56").
    /// </summary>
    private static List<string>? Figures(string row, int count)
    {
        var tokens = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = tokens.Length;
        while (first > 0 && IsNumberCell(tokens[first - 1]))
        {
            first--;
        }

        var cells = tokens[first..];
        if (first == 0 || cells.Length < count)
        {
            return null;
        }

        // ways[k, j]: in how many ways cells[k..] split into j figures (2 stands for "more than one").
        var ways = new int[cells.Length + 1, count + 1];
        ways[cells.Length, 0] = 1;
        for (var k = cells.Length - 1; k >= 0; k--)
        {
            for (var j = 1; j <= count; j++)
            {
                var w = 0;
                for (var end = k + 1; end <= cells.Length && (end == k + 1 || Groups(cells, k, end)); end++)
                {
                    w = Math.Min(2, w + ways[end, j - 1]);
                }

                ways[k, j] = w;
            }
        }

        if (ways[0, count] != 1)
        {
            return null;
        }

        var figures = new List<string>(count);
        for (int k = 0, j = count; j > 0; j--)
        {
            var end = k + 1;
            while (ways[end, j - 1] == 0)
            {
                end++;
            }

            figures.Add(string.Join(' ', cells[k..end]));
            k = end;
        }

        return figures;
    }

    // Whether cells[start..end] (two cells at least) is one grouped figure: "34 290", "4 358 894 219,56", "-1 200".
    private static bool Groups(string[] cells, int start, int end)
    {
        var lead = cells[start].TrimStart('-', '–', '+');
        if (lead.Length is < 1 or > 3 || !lead.All(char.IsDigit))
        {
            return false;
        }

        for (var k = start + 1; k < end; k++)
        {
            var group = cells[k];
            var digits = k == end - 1 ? group.TrimEnd('%').Split(',', '.')[0] : group;
            if (digits.Length != 3 || !digits.All(char.IsDigit) || (k < end - 1 && group.Length != 3))
            {
                return false;
            }
        }

        return true;
    }

    // A line that may title a table: not a sentence (no full stop at its end, but for "… w 2020 r.").
    private static bool IsTitle(ReadOnlySpan<char> line) => !line.TrimEnd().EndsWith(".") || line.TrimEnd().EndsWith(" r.");

    private static int LineEnd(string text, int at)
    {
        var end = text.IndexOf('\n', Math.Min(at, text.Length));
        return end < 0 ? text.Length : end;
    }

    // "34", "3,8", "-3,5", "101,6", "12%", "x", "-", "–": one cell or one digit group of a grouped number.
    private static bool IsNumberCell(ReadOnlySpan<char> token)
    {
        if (token.Length == 0)
        {
            return false;
        }

        if (token is "x" or "-" or "–" or "—")
        {
            return true;
        }

        var digits = 0;
        for (var k = 0; k < token.Length; k++)
        {
            var c = token[k];
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (!(c is ',' or '.' or '%' || (k == 0 && c is '-' or '+' or '–')))
            {
                return false;
            }
        }

        return digits > 0;
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    // "---|---", ":--|--:": a Markdown table's rule.
    private static bool IsRule(ReadOnlySpan<char> inner)
    {
        foreach (var c in inner)
        {
            if (c is not ('-' or ':' or '|' or ' '))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A table row read column by column: where its column header is, and each column's label and value.</summary>
public sealed record ColumnReading(int HeaderStart, int HeaderEnd, IReadOnlyList<Column> Columns);

/// <summary>One cell of a table row under its column's label ("2018" – "6240", "Liczba interpelacji" – "315").</summary>
public sealed record Column(string Label, string Value);

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

        while (i > 0 && IsRow(text.AsSpan(lines[i - 1].Start, lines[i - 1].End - lines[i - 1].Start)))
        {
            i--;
        }

        var first = i;
        while (first > 0 && i - first < HeadLines && !IsRow(text.AsSpan(lines[first - 1].Start, lines[first - 1].End - lines[first - 1].Start))
            && !text.AsSpan(lines[first - 1].Start, lines[first - 1].End - lines[first - 1].Start).EndsWith("."))
        {
            first--;
        }

        return first == i ? null : (lines[first].Start, lines[i - 1].End);
    }

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

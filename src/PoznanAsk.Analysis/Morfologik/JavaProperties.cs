using System.Globalization;
using System.Text;

namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// The subset of <c>java.util.Properties.load(Reader)</c> a Morfologik <c>.info</c> file uses:
/// <c>#</c>/<c>!</c> comments, <c>key=value</c>, <c>key: value</c> and <c>key value</c>, backslash
/// line continuations and escapes (<c>\t \n \r \f \uXXXX</c>). Later keys override earlier ones.
/// </summary>
internal static class JavaProperties
{
    /// <summary>Parses <paramref name="text"/>; a malformed <c>\u</c> escape throws <see cref="FormatException"/>.</summary>
    public static Dictionary<string, string> Parse(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in LogicalLines(text))
        {
            var i = 0;
            var key = new StringBuilder();
            while (i < line.Length)
            {
                var c = line[i];
                if (c == '\\' && i + 1 < line.Length)
                {
                    key.Append(c).Append(line[i + 1]);
                    i += 2;
                    continue;
                }

                if (c is '=' or ':' or ' ' or '\t' or '\f')
                {
                    break;
                }

                key.Append(c);
                i++;
            }

            i = SkipBlanks(line, i);
            if (i < line.Length && line[i] is '=' or ':')
            {
                i = SkipBlanks(line, i + 1);
            }

            result[Unescape(key.ToString())] = Unescape(line[i..]);
        }

        return result;
    }

    private static int SkipBlanks(string line, int i)
    {
        while (i < line.Length && line[i] is ' ' or '\t' or '\f')
        {
            i++;
        }

        return i;
    }

    private static List<string> LogicalLines(string text)
    {
        var lines = new List<string>();
        var pending = new StringBuilder();
        var continuing = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r').TrimStart(' ', '\t', '\f');
            if (!continuing && (line.Length == 0 || line[0] is '#' or '!'))
            {
                continue;
            }

            var backslashes = line.Length - line.TrimEnd('\\').Length;
            if (backslashes % 2 == 1)
            {
                pending.Append(line, 0, line.Length - 1);
                continuing = true;
                continue;
            }

            pending.Append(line);
            lines.Add(pending.ToString());
            pending.Clear();
            continuing = false;
        }

        if (continuing)
        {
            lines.Add(pending.ToString());
        }

        return lines;
    }

    private static string Unescape(string s)
    {
        if (!s.Contains('\\', StringComparison.Ordinal))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c != '\\' || i + 1 >= s.Length)
            {
                sb.Append(c);
                continue;
            }

            var e = s[++i];
            if (e == 'u')
            {
                if (i + 4 >= s.Length)
                {
                    throw new FormatException("malformed \\uXXXX escape");
                }

                sb.Append((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                i += 4;
                continue;
            }

            sb.Append(e switch { 't' => '\t', 'n' => '\n', 'r' => '\r', 'f' => '\f', _ => e });
        }

        return sb.ToString();
    }
}

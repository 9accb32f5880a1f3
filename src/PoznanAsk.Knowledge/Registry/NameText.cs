using System.Text;
using System.Text.RegularExpressions;
using PoznanAsk.Analysis.Filters;

namespace PoznanAsk.Knowledge.Registry;

/// <summary>
/// Normal forms of organisation names used to decide that two written names are one organisation.
/// Each form forgets one more kind of difference, and the registry records which form made a merge.
/// </summary>
internal static partial class NameText
{
    private const string Quotes = "„”“\"‚‘’'«»`´";

    /// <summary>
    /// The name as written, tidied for display: white space (including no-break spaces) collapsed,
    /// trailing ';', ',', ':' and '.' removed (a final abbreviation such as "o.o." keeps its period).
    /// </summary>
    public static string Clean(string raw)
    {
        var collapsed = WhiteSpaceRegex().Replace(raw, " ").Trim();
        while (collapsed.Length > 0 && collapsed[^1] is ';' or ',' or ':' or '.')
        {
            if (collapsed[^1] == '.' && DottedAbbreviationEndRegex().IsMatch(collapsed))
            {
                break;
            }

            collapsed = collapsed[..^1].TrimEnd();
        }

        return collapsed;
    }

    /// <summary>Lower case, quotes removed, every dash a hyphen, white space collapsed.</summary>
    public static string TypographicKey(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in Clean(name))
        {
            if (Quotes.Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            sb.Append(c is '–' or '—' or '‐' or '‑' or '−' ? '-' : char.ToLowerInvariant(c));
        }

        return WhiteSpaceRegex().Replace(sb.ToString(), " ").Trim();
    }

    /// <summary>Only the words (letters and digits), lower case, one space apart: hyphens and punctuation forgotten.</summary>
    public static string LooseKey(string name) => string.Join(' ', Words(name).Select(w => w.ToLowerInvariant()));

    /// <summary>The words (runs of letters and digits) of <paramref name="text"/>, as written.</summary>
    public static IReadOnlyList<string> Words(string text) => WordSpans(text).Select(s => text[s.Start..s.End]).ToArray();

    /// <summary>Offsets of the words (runs of letters and digits) of <paramref name="text"/>.</summary>
    public static IEnumerable<(int Start, int End)> WordSpans(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            yield return (start, i);
        }
    }

    /// <summary>Whether a word is written like an abbreviation (≥ 2 upper-case letters, no lower case).</summary>
    public static bool IsAbbreviationLike(string word) =>
        word.Length >= 2 && word.Count(char.IsUpper) >= 2 && !word.Any(char.IsLower);

    /// <summary>
    /// Initials of the capitalised words ("International Congress and Convention Association" → "ICCA");
    /// null when fewer than two capitalised words.
    /// </summary>
    public static string? Initialism(string name)
    {
        var initials = Words(name).Where(w => char.IsUpper(w[0]) && !IsAbbreviationLike(w)).Select(w => w[0]).ToArray();
        return initials.Length >= 2 ? new string(initials) : null;
    }

    /// <summary>Lower case without Polish diacritics ("Poznań" → "poznan"), for text typed without Polish letters.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            sb.Append(DiacriticFolding.FoldChar(c));
        }

        return sb.ToString();
    }

    /// <summary>A URL- and id-safe slug: lower case, Polish letters folded, other characters as hyphens.</summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in Fold(LooseKey(name)))
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var slug = HyphensRegex().Replace(sb.ToString(), "-").Trim('-');
        return slug.Length == 0 ? "org" : slug;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRegex();

    [GeneratedRegex(@"\b\p{L}{1,3}\.\p{L}{1,3}\.$")]
    private static partial Regex DottedAbbreviationEndRegex();

    [GeneratedRegex(@"-+")]
    private static partial Regex HyphensRegex();
}

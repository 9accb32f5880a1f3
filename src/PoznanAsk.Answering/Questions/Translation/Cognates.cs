namespace PoznanAsk.Answering.Questions.Translation;

/// <summary>
/// The Polish spelling of the stem of an English word of Latin or Greek origin, for words a
/// dictionary does not list: "interpellations" → "interpel" (interpelacji), "programme" → "program",
/// "cultural" → "kultur" (kultury), "administration" → "administr" (administracji), "hybrid" →
/// "hybryd" (hybrydowy). English suffixes go, then the regular spelling correspondences (ph → f,
/// th → t, qu → kw, x → ks, c before a/o/u → k, doubled consonants single; y and i either way). The reports
/// decide: a stem counts only as a prefix of words the passages use. Rules, not a word list.
/// </summary>
internal static class Cognates
{
    /// <summary>Shortest stem that may stand for a word; shorter prefixes match too much.</summary>
    public const int MinStem = 6;

    private static readonly string[] Suffixes =
    [
        "isations", "izations", "isation", "ization", "ations", "ation", "itions", "ition", "tions", "tion", "sions", "sion",
        "ities", "ity", "ically", "ical", "ics", "ic", "ally", "al", "ies", "es", "s", "e",
    ];

    /// <summary>Polish-spelt stems of <paramref name="folded"/> (lower case, no diacritics), longest first; empty when too short.</summary>
    public static IReadOnlyList<string> StemsOf(string folded)
    {
        var stem = folded;
        foreach (var suffix in Suffixes)
        {
            if (stem.EndsWith(suffix, StringComparison.Ordinal) && stem.Length - suffix.Length >= MinStem)
            {
                stem = stem[..^suffix.Length];
                break;
            }
        }

        var spelt = Spell(stem);
        var result = new List<string>();
        foreach (var s in new[] { spelt, spelt.Replace('y', 'i'), spelt.Replace('i', 'y') })
        {
            if (s.Length >= MinStem && !result.Contains(s))
            {
                result.Add(s);
            }
        }

        return result;
    }

    private static string Spell(string stem)
    {
        var s = stem.Replace("ph", "f", StringComparison.Ordinal).Replace("th", "t", StringComparison.Ordinal)
            .Replace("qu", "kw", StringComparison.Ordinal).Replace("x", "ks", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal).Replace('v', 'w');
        var sb = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (i > 0 && c == s[i - 1] && c is not ('a' or 'e' or 'i' or 'o' or 'u'))
            {
                continue;
            }

            sb.Append(c == 'c' && (i + 1 == s.Length || s[i + 1] is 'a' or 'o' or 'u' or 'r' or 'l' or 't') ? 'k' : c);
        }

        return sb.ToString();
    }
}

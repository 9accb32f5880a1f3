namespace PoznanAsk.Analysis.Filters;

/// <summary>
/// Folds Latin letters with diacritics to their base letter, 1:1 per character (ą→a, ł→l, ż→z,
/// é→e …, Latin-1 Supplement and Latin Extended-A), and drops combining marks U+0300–U+036F
/// (so decomposed "Poznań" folds like the composed one). Letters without a one-letter base
/// (ß, æ, œ, þ, ŋ) are kept. Only the folded field uses it: folding merges sąd/sad, so the
/// primary field keeps diacritics.
/// </summary>
public static class DiacriticFolding
{
    private const string Latin1 = "AAAAAA*CEEEEIIIIDNOOOOO*OUUUUY**aaaaaa*ceeeeiiiidnooooo*ouuuuy*y";
    private const string LatinExtendedA =
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi**JjKk*LlLlLlL" +
        "lLlNnNnNnn**OoOoOo**RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

    /// <summary>Folds <paramref name="chars"/> in place; returns the new length (combining marks removed).</summary>
    public static int InPlace(Span<char> chars)
    {
        int w = 0;
        for (int r = 0; r < chars.Length; r++)
        {
            char c = chars[r];
            if (c < 0xC0)
            {
                chars[w++] = c;
            }
            else if (c is >= '\u0300' and <= '\u036F')
            {
                // combining mark: dropped
            }
            else
            {
                chars[w++] = FoldChar(c);
            }
        }

        return w;
    }

    /// <summary>True when <paramref name="text"/> contains a character this folding changes.</summary>
    public static bool Changes(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c >= 0xC0 && (c is >= '\u0300' and <= '\u036F' || FoldChar(c) != c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Folds a whole string.</summary>
    public static string Fold(string text)
    {
        var chars = text.ToCharArray();
        return new string(chars, 0, InPlace(chars));
    }

    /// <summary>
    /// One character folded to its base letter (ą→a, Ł→L, é→e); any other character, combining marks
    /// included, unchanged — so the length of a text is kept (callers that map offsets rely on it).
    /// </summary>
    /// <param name="c">The character.</param>
    /// <returns>Its base letter, or <paramref name="c"/>.</returns>
    public static char FoldChar(char c)
    {
        char f = c switch
        {
            >= '\u00C0' and <= '\u00FF' => Latin1[c - 0xC0],
            >= '\u0100' and <= '\u017F' => LatinExtendedA[c - 0x100],
            _ => '*',
        };
        return f == '*' ? c : f;
    }
}

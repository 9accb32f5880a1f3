using System.Text;

namespace PoznanAsk.Analysis.Filters;

/// <summary>
/// Lower-casing with Java 17's <c>Character.toLowerCase(int)</c>: simple 1:1 mapping per code
/// point, no locale (spec §4.3). .NET's invariant simple mapping agrees except for U+0130 (Java:
/// <c>i</c>) and 40 letters Unicode 14 gave lower-case forms that Java 17 does not know; those
/// are special-cased so the reference analyzer stays bit-exact. None of it touches Polish.
/// </summary>
internal static class JavaLowerCase
{
    /// <summary>Lower-cases <paramref name="chars"/> in place (code point widths never change).</summary>
    public static void InPlace(Span<char> chars)
    {
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (c < 0x80)
            {
                if ((uint)(c - 'A') <= 'Z' - 'A')
                {
                    chars[i] = (char)(c | 0x20);
                }

                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                var rune = new Rune(c, chars[i + 1]);
                if (!IsNewerThanJava17(rune.Value))
                {
                    var lower = Rune.ToLowerInvariant(rune);
                    if (lower.Utf16SequenceLength == 2)
                    {
                        lower.EncodeToUtf16(chars.Slice(i, 2));
                    }
                }

                i++;
                continue;
            }

            chars[i] = LowerBmp(c);
        }
    }

    /// <summary>Lower-cases a whole string (for <c>Normalize</c>).</summary>
    public static string ToLower(string text)
    {
        var chars = text.ToCharArray();
        InPlace(chars);
        return new string(chars);
    }

    private static char LowerBmp(char c)
    {
        if (c == '\u0130')
        {
            return 'i';
        }

        if (char.IsSurrogate(c) || IsNewerThanJava17(c))
        {
            return c;
        }

        return char.ToLowerInvariant(c);
    }

    // Upper-case letters whose lower-case mapping arrived in Unicode 14 (Java 17 implements Unicode 13).
    private static bool IsNewerThanJava17(int cp) => cp switch
    {
        0x2C2F or 0xA7C0 or 0xA7D0 or 0xA7D6 or 0xA7D8 => true,
        >= 0x10570 and <= 0x10595 => cp is not (0x1057B or 0x1058B or 0x10593),
        _ => false,
    };
}

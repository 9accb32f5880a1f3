using System.Globalization;
using System.Reflection;

namespace PoznanAsk.Analysis.Filters;

/// <summary>
/// Lower-casing exactly like Java 17's <c>Character.toLowerCase(int)</c> (simple 1:1 mapping per
/// code point, no locale; spec §4.3). The mapping is Java's own, embedded as data (the 1,393 code
/// points it changes), rather than .NET's casing: .NET follows newer Unicode versions (Unicode 16
/// in .NET 10 added lower-case forms for U+1C89, U+A7CB, Garay … that Java 17 leaves alone) and
/// does not map U+0130 to <c>i</c>. Data beats a hand-kept exception list that goes stale with
/// each .NET release. None of these differences touch Polish.
/// </summary>
internal static class JavaLowerCase
{
    private const string ResourceName = "PoznanAsk.Analysis.java17-lowercase.tsv";
    private static readonly char[] Bmp;
    private static readonly Dictionary<int, int> Supplementary = [];

    static JavaLowerCase()
    {
        Bmp = new char[0x10000];
        for (int c = 0; c < Bmp.Length; c++)
        {
            Bmp[c] = (char)c;
        }

        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new AnalysisException($"Embedded resource '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            int from = int.Parse(line.AsSpan(0, tab), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            int to = int.Parse(line.AsSpan(tab + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (from < 0x10000 && to < 0x10000)
            {
                Bmp[from] = (char)to;
            }
            else
            {
                Supplementary[from] = to;
            }
        }
    }

    /// <summary>Lower-cases <paramref name="chars"/> in place (Java's mappings never change a code point's UTF-16 width).</summary>
    public static void InPlace(Span<char> chars)
    {
        var bmp = Bmp;
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                if (Supplementary.TryGetValue(char.ConvertToUtf32(c, chars[i + 1]), out int lower) && lower >= 0x10000)
                {
                    new System.Text.Rune(lower).EncodeToUtf16(chars.Slice(i, 2));
                }

                i++;
                continue;
            }

            chars[i] = bmp[c];
        }
    }

    /// <summary>Lower-cases a whole string (for <c>Normalize</c>).</summary>
    public static string ToLower(string text)
    {
        var chars = text.ToCharArray();
        InPlace(chars);
        return new string(chars);
    }
}

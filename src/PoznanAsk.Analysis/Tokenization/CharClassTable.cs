using System.Globalization;
using System.Reflection;

namespace PoznanAsk.Analysis.Tokenization;

/// <summary>
/// Code point → <see cref="CharClass"/>, loaded from the embedded range table
/// (<c>first TAB last TAB class</c>, hex, covering U+0000–U+10FFFF). The BMP is a flat 64 KB
/// array (one load per character); the supplementary planes are a sorted range list searched
/// binarily, since they are rare in Polish text.
/// </summary>
internal sealed class CharClassTable
{
    private const string ResourceName = "PoznanAsk.Analysis.standard-tokenizer-classes.tsv";
    private readonly byte[] _bmp;
    private readonly int[] _supplementaryStarts;
    private readonly byte[] _supplementaryClasses;

    private CharClassTable(byte[] bmp, int[] supplementaryStarts, byte[] supplementaryClasses)
    {
        _bmp = bmp;
        _supplementaryStarts = supplementaryStarts;
        _supplementaryClasses = supplementaryClasses;
    }

    /// <summary>The table shipped inside this assembly.</summary>
    public static CharClassTable Embedded { get; } = LoadEmbedded();

    public CharClass this[int codePoint]
    {
        get
        {
            if ((uint)codePoint < 0x10000)
            {
                return (CharClass)_bmp[codePoint];
            }

            int i = Array.BinarySearch(_supplementaryStarts, codePoint);
            if (i < 0)
            {
                i = ~i - 1;
            }

            return (CharClass)_supplementaryClasses[i];
        }
    }

    /// <summary>Parses the TSV text; throws <see cref="AnalysisException"/> naming <paramref name="source"/> on any gap or bad line.</summary>
    public static CharClassTable Parse(TextReader reader, string source)
    {
        var bmp = new byte[0x10000];
        var starts = new List<int>();
        var classes = new List<byte>();
        int expected = 0;
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 3
                || !int.TryParse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int first)
                || !int.TryParse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int last)
                || !Enum.TryParse(parts[2], ignoreCase: false, out CharClass cls) || cls == CharClass.Count
                || first != expected || last < first || last > 0x10FFFF)
            {
                throw new AnalysisException($"Tokenizer class table '{source}' line {lineNumber} is malformed or out of order: '{line}'.");
            }

            for (int cp = first; cp <= Math.Min(last, 0xFFFF); cp++)
            {
                bmp[cp] = (byte)cls;
            }

            if (last >= 0x10000)
            {
                starts.Add(Math.Max(first, 0x10000));
                classes.Add((byte)cls);
            }

            expected = last + 1;
        }

        if (expected != 0x110000)
        {
            throw new AnalysisException($"Tokenizer class table '{source}' stops at U+{expected:X4}; it must cover U+0000–U+10FFFF.");
        }

        return new CharClassTable(bmp, [.. starts], [.. classes]);
    }

    private static CharClassTable LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new AnalysisException($"Embedded resource '{ResourceName}' is missing from {typeof(CharClassTable).Assembly.Location}.");
        using var reader = new StreamReader(stream);
        return Parse(reader, ResourceName);
    }
}

using System.Globalization;
using System.Text;
using PoznanAsk.Analysis.Filters;
using PoznanAsk.Analysis.Tests.Support;

namespace PoznanAsk.Analysis.Tests;

/// <summary>
/// Where the Lucene.Net 4.8 chain (StandardTokenizer of Unicode 6.3 word breaks, .NET lower-casing)
/// differs from the real Lucene 8.8.1 (Unicode 9, Java 17), each difference by name, with 8.8.1's
/// output beside ours (docs/analysis.md, "Lucene 4.8 beside Lucene 8.8.1"). None touches Polish words:
/// the seeds and the 40 lines of report text are identical (<see cref="PolishAnalysisGoldenTests"/>).
/// </summary>
public class Lucene48DifferencesTests
{
    /// <summary>Lines of polish-analyzer-sentences.txt that show a named difference: 35 (U+202F), 41 (emoji), 45 (a 295-unit word).</summary>
    internal static readonly IReadOnlySet<int> GoldenSentenceLines = new HashSet<int> { 35, 41, 45 };

    /// <summary>
    /// 1. Emoji. Lucene 8.8.1 makes <c>&lt;EMOJI&gt;</c> tokens of emoji (with modifiers, ZWJ sequences,
    /// keycaps, flags); Lucene 4.8 makes no token of them, and a keycap (digit + U+FE0F + U+20E3) is a <c>&lt;NUM&gt;</c>.
    /// </summary>
    [Theory]
    [InlineData("🚲 rower 👍🏽", "🚲 EMOJI | rower ALPHANUM | 👍🏽 EMOJI", "rower ALPHANUM")]
    [InlineData("1\uFE0F\u20E3 🇵🇱", "1\uFE0F\u20E3 EMOJI | 🇵🇱 EMOJI", "1\uFE0F\u20E3 NUM")]
    public void Tokenizer_Emoji_NoTokens(string text, string lucene881, string lucene48)
    {
        Assert.NotEqual(lucene881, Tokens(text));
        Assert.Equal(lucene48, Tokens(text));
    }

    /// <summary>
    /// 2. U+202F NARROW NO-BREAK SPACE is ExtendNumLet in Unicode 9 (it joins digit groups, and stays at
    /// the end of the word before it); in Unicode 6.3 it separates words. Polish typesetting uses it in
    /// amounts ("1 234 567,89 zł"): 8.8.1 indexes one number, 4.8 three.
    /// </summary>
    [Theory]
    [InlineData("1\u202F234\u202F567,89 zł", "1\u202F234\u202F567,89 NUM | zł ALPHANUM", "1 NUM | 234 NUM | 567,89 NUM | zł ALPHANUM")]
    [InlineData("ó\u202F", "ó\u202F ALPHANUM", "ó ALPHANUM")]
    public void Tokenizer_NarrowNoBreakSpace_SeparatesLikeASpace(string text, string lucene881, string lucene48)
    {
        Assert.NotEqual(lucene881, Tokens(text));
        Assert.Equal(lucene48, Tokens(text));
    }

    /// <summary>3. A Thai run followed by a combining mark, ZWJ/ZWNJ or a variation selector: 8.8.1 keeps the mark in the token, 4.8 ends the token before it.</summary>
    [Theory]
    [InlineData("ก\u0301", "ก\u0301 SOUTHEAST_ASIAN", "ก SOUTHEAST_ASIAN")]
    [InlineData("ก\u200C", "ก\u200C SOUTHEAST_ASIAN", "ก SOUTHEAST_ASIAN")]
    public void Tokenizer_ThaiBeforeAMark_MarkNotInTheToken(string text, string lucene881, string lucene48)
    {
        Assert.NotEqual(lucene881, Tokens(text));
        Assert.Equal(lucene48, Tokens(text));
    }

    /// <summary>
    /// 4. A token longer than 255 UTF-16 units: 8.8.1 splits it into 255-unit pieces, 4.8 drops it and
    /// adds its position to the next token's increment (line 45 of the golden sentences).
    /// </summary>
    [Theory]
    [InlineData(600)]
    [InlineData(256)]
    public void Analyze_WordOver255Units_DroppedAndItsPositionSkipped(int length)
    {
        var random = new Random(length);
        var word = new string([.. Enumerable.Range(0, length).Select(_ => "aąbćdęfgł"[random.Next(9)])]);
        var tokens = TestAnalysis.Instance.Reference.Analyze("długie " + word + " koniec");
        Assert.Equal(["długie:1", "koniec:2"], tokens.Select(t => $"{t.Term}:{t.PositionIncrement}"));
    }

    [Fact]
    public void Analyze_WordOf255Units_Kept()
    {
        var word = new string('a', 255);
        Assert.Equal([word], TestAnalysis.Instance.Stemmed.Analyze(word).Select(t => t.Term));
    }

    /// <summary>
    /// The 3,000 seeded random lines over tricky characters (oracle output of 8.8.1): a line differs only
    /// when it holds one of the named differences — 8.8.1 found an emoji in it, it has U+202F, or a Thai
    /// letter is followed by a mark — and every other line is identical, tokenizer and analyzer alike.
    /// </summary>
    [Theory]
    [InlineData("oracle-fuzz-tokenizer.tsv.gz", false)]
    [InlineData("oracle-fuzz-analyzer.tsv.gz", true)]
    public void FuzzLines_DifferOnlyByTheNamedDifferences(string golden, bool analyzer)
    {
        var lines = GoldenFiles.ReadLines("oracle-fuzz-lines.txt.gz");
        var expected = GoldenFiles.PerLine(golden);
        var tokenizerGolden = GoldenFiles.PerLine("oracle-fuzz-tokenizer.tsv.gz");
        Assert.Equal(3000, lines.Count);
        int identical = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            var actual = analyzer ? TestAnalysis.Rows(TestAnalysis.Instance.Reference, lines[i]) : TestAnalysis.TokenizerRows(lines[i]);
            bool named = tokenizerGolden[i + 1].Any(r => r.EndsWith("<EMOJI>", StringComparison.Ordinal)) || lines[i].Contains('\u202F', StringComparison.Ordinal) || ThaiBeforeMark(lines[i]);
            if (!named)
            {
                Assert.Equal(expected[i + 1].ToList(), actual);
                identical++;
            }
        }

        Assert.Equal(544, identical);
    }

    /// <summary>
    /// 5. Lower-casing: Lucene.Net's LowerCaseFilter lower-cases with .NET's Unicode data, 8.8.1 with Java 17's.
    /// They differ on exactly the 68 code points listed in lowercase-dotnet-vs-java17.tsv: U+0130 (Turkish İ:
    /// Java gives i, .NET keeps İ) and capitals that Unicode 14–16 gave a lower case (.NET 10 has Unicode 16,
    /// Java 17 Unicode 13). No Polish letter is among them.
    /// </summary>
    [Fact]
    public void LowerCasing_EveryCodePoint_DiffersFromJava17OnlyAtTheListedCodePoints()
    {
        var java = GoldenFiles.ReadTsv("java17-lowercase.tsv").ToDictionary(
            r => int.Parse(r[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            r => int.Parse(r[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        var differences = new List<string>();
        var buffer = new char[2];
        for (int cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            int length = new Rune(cp).EncodeToUtf16(buffer);
            LowerCasing.InPlace(buffer, 0, length);
            int ours = char.ConvertToUtf32(new string(buffer, 0, length), 0);
            int expected = java.GetValueOrDefault(cp, cp);
            if (ours != expected)
            {
                differences.Add(string.Create(CultureInfo.InvariantCulture, $"{cp:X4}\t{ours:X4}\t{expected:X4}"));
            }
        }

        var listed = GoldenFiles.ReadLines("lowercase-dotnet-vs-java17.tsv").Where(l => !l.StartsWith('#')).ToList();
        Assert.True(listed.SequenceEqual(differences), string.Join("\n", differences));
        Assert.All(differences.Select(d => int.Parse(d[..d.IndexOf('\t', StringComparison.Ordinal)], NumberStyles.HexNumber, CultureInfo.InvariantCulture)), cp => Assert.True(cp > 0x24F || cp == 0x130, $"U+{cp:X4}"));
    }

    private static bool ThaiBeforeMark(string line)
    {
        for (int i = 0; i + 1 < line.Length; i++)
        {
            if (line[i] is >= '\u0E00' and <= '\u0E7F' && line[i + 1] is '\u200C' or '\u200D' or '\uFE0E' or '\uFE0F' or '\u0301' or '\u00AD' or '\u20E3')
            {
                return true;
            }
        }

        return false;
    }

    private static string Tokens(string text) =>
        string.Join(" | ", TestAnalysis.TokenizerRows(text).Select(r => r.Split('\t')).Select(r => r[0] + " " + r[4].Trim('<', '>')));
}

using System.Text;
using PoznanAsk.Analysis.Tests.Support;

namespace PoznanAsk.Analysis.Tests;

/// <summary>
/// Property tests with a seeded generator (FsCheck is not on this NuGet source): arbitrary
/// Unicode never makes an analyzer throw, and every token's offsets lie inside the input and
/// move forward monotonically.
/// </summary>
public class AnalysisPropertyTests
{
    private static readonly string[] Pieces =
    [
        "ą", "ć", "ę", "ł", "ń", "ó", "ś", "ź", "ż", "Ą", "Ż", "a", "Z", "0", "7", ".", ",", ":", "'", "\u2019", "_", "-", " ",
        "\u00A0", "\u202F", "\u00AD", "\u200B", "\u200D", "\u0301", "\t", "\r", "\n", "\0", "\u0007", "\u001F", "\u007F",
        "\uD800", "\uDC00", "\uDBFF\uDFFF", "😀", "👍🏻", "🇵🇱", "1\uFE0F\u20E3", "中", "あ", "ア", "가", "ก", "א", "\"", "İ",
        "\uFFFD", "\uFEFF", "\U00010400", "\u0660",
    ];

    /// <summary>Lucene 4.8's StandardTokenizer alone.</summary>
    private static readonly LuceneChainAnalyzer Tokenizer = new("tokenizer", LuceneChainAnalyzer.Chain(t => t), t => t);

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Analyze_RandomUnicode_NeverThrowsAndOffsetsInsideInput(int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < 300; i++)
        {
            AssertWellFormed(RandomText(random, random.Next(0, 200)));
        }
    }

    [Fact]
    public void Analyze_RandomCodeUnits_NeverThrowsAndOffsetsInsideInput()
    {
        var random = new Random(4242);
        for (int i = 0; i < 500; i++)
        {
            var chars = new char[random.Next(0, 100)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = (char)random.Next(0, 0x10000);
            }

            AssertWellFormed(new string(chars));
        }
    }

    [Fact]
    public void Analyze_100KbLine_NeverThrowsAndOffsetsInsideInput()
    {
        var random = new Random(7);
        var sb = new StringBuilder();
        while (sb.Length < 100_000)
        {
            sb.Append(RandomText(random, 30)).Append(' ');
        }

        AssertWellFormed(sb.ToString());
        AssertWellFormed(new string('ż', 100_000));
        AssertWellFormed(new string('_', 100_000));
        AssertWellFormed(string.Concat(Enumerable.Repeat("1.", 50_000)));
    }

    private static string RandomText(Random random, int pieces)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < pieces; i++)
        {
            sb.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return sb.ToString();
    }

    private static void AssertWellFormed(string text)
    {
        int previousEnd = 0;
        Tokenizer.Analyze(text, (_, start, end, _, _) =>
        {
            Assert.True(start >= previousEnd && end > start && end <= text.Length && end - start <= 255, $"bad token {start}..{end}");
            previousEnd = end;
        });

        foreach (var name in TestAnalysis.Instance.Names)
        {
            int lastStart = 0;
            TestAnalysis.Instance.Get(name).Analyze(text, (term, start, end, increment, _) =>
            {
                Assert.True(start >= lastStart && start < end && end <= text.Length, $"{name}: offsets {start}..{end} outside 0..{text.Length}");
                Assert.True(increment >= 1, $"{name}: increment {increment}");
                Assert.False(term.IsEmpty, $"{name}: empty term");
                lastStart = end;
            });
        }
    }
}

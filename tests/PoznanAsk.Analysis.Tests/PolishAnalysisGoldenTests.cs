using PoznanAsk.Analysis.Tests.Support;
using PoznanAsk.Testing;

namespace PoznanAsk.Analysis.Tests;

/// <summary>
/// Token streams of the reference analyzer and of Lucene 4.8's tokenizer against the real Lucene 8.8.1
/// (oracle output committed as golden data). Lines where Lucene 4.8's Unicode 6.3 tokenizer differs
/// from 8.8.1's are named in <see cref="Lucene48DifferencesTests"/>, which checks them.
/// </summary>
public class PolishAnalysisGoldenTests
{
    [Fact]
    public void Reference_GoldenSentences_IdenticalToLucene()
    {
        AssertPerLine("polish-analyzer-sentences.txt", "polish-analyzer.tsv", TestAnalysis.Instance.Reference, expectedLines: 46, Lucene48DifferencesTests.GoldenSentenceLines);
    }

    [Fact]
    public void Reference_SeedDocuments_IdenticalToLucene()
    {
        var expected = GoldenFiles.ReadTsv("seed-documents-analyzer.tsv").ToLookup(r => r[0], r => string.Join('\t', r[1..]));
        Assert.Equal(2, expected.Count);
        foreach (var document in expected)
        {
            string text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, document.Key));
            var actual = TestAnalysis.Rows(TestAnalysis.Instance.Reference, text);
            Assert.True(actual.Count > 100);
            Assert.Equal(document.ToList(), actual);
        }
    }

    /// <summary>Our own report-style text (questions with and without diacritics, numbers, URLs, abbreviations), judged by the oracle.</summary>
    [Fact]
    public void Reference_NewReportText_IdenticalToLucene()
    {
        AssertPerLine("oracle-new-text.txt", "oracle-new-text-analyzer.tsv", TestAnalysis.Instance.Reference, expectedLines: 40);
    }

    [Fact]
    public void Tokenizer_NewReportText_IdenticalToLucene()
    {
        AssertTokenizer("oracle-new-text.txt", "oracle-new-text-tokenizer.tsv", expectedLines: 40);
    }

    private static void AssertPerLine(string input, string golden, Analyzer analyzer, int expectedLines, IReadOnlySet<int>? namedDifferences = null)
    {
        var lines = GoldenFiles.ReadLines(input);
        var expected = GoldenFiles.PerLine(golden);
        Assert.Equal(expectedLines, lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            var actual = TestAnalysis.Rows(analyzer, lines[i]);
            if (namedDifferences?.Contains(i + 1) == true)
            {
                Assert.NotEqual(expected[i + 1].ToList(), actual); // still a difference, so the name stays true
            }
            else
            {
                Assert.Equal(expected[i + 1].ToList(), actual);
            }
        }
    }

    private static void AssertTokenizer(string input, string golden, int expectedLines)
    {
        var lines = GoldenFiles.ReadLines(input);
        var expected = GoldenFiles.PerLine(golden);
        Assert.Equal(expectedLines, lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            Assert.Equal(expected[i + 1].ToList(), TestAnalysis.TokenizerRows(lines[i]));
        }
    }
}

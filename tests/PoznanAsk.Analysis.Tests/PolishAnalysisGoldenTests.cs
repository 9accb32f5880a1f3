using PoznanAsk.Analysis.Tests.Support;
using PoznanAsk.Analysis.Tokenization;
using PoznanAsk.Testing;

namespace PoznanAsk.Analysis.Tests;

/// <summary>Token streams of the reference analyzer and the tokenizer against the real Lucene 8.8.1 (oracle output committed as golden data).</summary>
public class PolishAnalysisGoldenTests
{
    [Fact]
    public void Reference_GoldenSentences_IdenticalToLucene()
    {
        AssertPerLine("polish-analyzer-sentences.txt", "polish-analyzer.tsv", TestAnalysis.Instance.Reference, expectedLines: 46);
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

    /// <summary>3,000 seeded random lines over tricky characters (Mid classes, joiners, Hebrew, Katakana, Thai, emoji, keycaps, flags).</summary>
    [Fact]
    public void Tokenizer_RandomTrickyLines_IdenticalToLucene()
    {
        AssertTokenizer("oracle-fuzz-lines.txt.gz", "oracle-fuzz-tokenizer.tsv.gz", expectedLines: 3000);
    }

    [Fact]
    public void Reference_RandomTrickyLines_IdenticalToLucene()
    {
        AssertPerLine("oracle-fuzz-lines.txt.gz", "oracle-fuzz-analyzer.tsv.gz", TestAnalysis.Instance.Reference, expectedLines: 3000);
    }

    private static void AssertPerLine(string input, string golden, Analyzer analyzer, int expectedLines)
    {
        var lines = GoldenFiles.ReadLines(input);
        var expected = GoldenFiles.PerLine(golden);
        Assert.Equal(expectedLines, lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            Assert.Equal(expected[i + 1].ToList(), TestAnalysis.Rows(analyzer, lines[i]));
        }
    }

    private static void AssertTokenizer(string input, string golden, int expectedLines)
    {
        var lines = GoldenFiles.ReadLines(input);
        var expected = GoldenFiles.PerLine(golden);
        Assert.Equal(expectedLines, lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            var actual = new List<string>();
            int position = 0;
            while (StandardTokenizer.Default.Next(lines[i], ref position, out int start, out int end, out var type))
            {
                actual.Add($"{lines[i][start..end]}\t{start}\t{end}\t1\t{PoznanAsk.Analysis.Formatting.TokenFormatter.TypeName(type)}");
            }

            Assert.Equal(expected[i + 1].ToList(), actual);
        }
    }
}

using PoznanAsk.Analysis.Tests.Support;
using PoznanAsk.Testing;

namespace PoznanAsk.Analysis.Tests;

/// <summary>Token streams of the reference analyzer against the real Lucene's PolishAnalyzer.</summary>
public class PolishAnalysisGoldenTests
{
    [Fact]
    public void Reference_GoldenSentences_IdenticalToLucene()
    {
        var sentences = GoldenFiles.ReadLines("polish-analyzer-sentences.txt");
        var expected = GoldenFiles.ReadTsv("polish-analyzer.tsv").ToLookup(r => int.Parse(r[0]), r => string.Join('\t', r[1..]));
        Assert.Equal(46, sentences.Count);
        for (int i = 0; i < sentences.Count; i++)
        {
            Assert.Equal(expected[i + 1].ToList(), TestAnalysis.Rows(TestAnalysis.Instance.Reference, sentences[i]));
        }
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
}

using PoznanAsk.Search.Querying;
using PoznanAsk.Search.Querying.Parsing;
using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Tests.Fakes;
using Xunit.Abstractions;

namespace PoznanAsk.Search.Tests.Scoring;

/// <summary>
/// Top-10 agreement with the real Lucene 8.8.1 (PolishAnalyzer, BM25, classic QueryParser, default OR)
/// on the 200 queries of tools/corpus over its 10k corpus; golden results from tools/lucene-oracle.
/// </summary>
public sealed class LuceneRankingAgreementTests(ITestOutputHelper output) : IDisposable
{
    private readonly TestIndex _index = new();

    [Fact]
    public void Search_GoldenQueries_Top10OverlapAtLeast90PercentAndScoresMatch()
    {
        var analysis = LuceneCorpus.LoadAnalysis();
        LuceneCorpus.Build(_index.Options, analysis.Reference);
        var reader = IndexReader.Open(_index.Path);
        Assert.Equal(10_000, reader.NumDocs);
        var searcher = new IndexSearcher(reader);
        var parser = new QueryParser(LuceneCorpus.Schema, [analysis.Reference], "text");
        var golden = LuceneCorpus.Golden();
        var queries = File.ReadAllLines(Path.Combine(LuceneCorpus.Folder, "queries-10k.txt"));
        Assert.Equal(200, queries.Length);

        double overlapSum = 0;
        int identical = 0, scoreMismatches = 0;
        for (var q = 1; q <= queries.Length; q++)
        {
            var expected = golden.GetValueOrDefault(q) ?? [];
            var hits = searcher.Search(parser.Parse(queries[q - 1]), 10).Hits;
            var ours = hits.Select(h => (Id: reader.Document(h.Doc).Get("id")!, h.Score)).ToList();
            if (expected.Count == 0)
            {
                overlapSum += ours.Count == 0 ? 1 : 0;
                continue;
            }

            var overlap = ours.Select(o => o.Id).Intersect(expected.Select(e => e.Id)).Count() / (double)expected.Count;
            overlapSum += overlap;
            if (ours.Select(o => o.Id).SequenceEqual(expected.Select(e => e.Id)))
            {
                identical++;
            }
            else
            {
                output.WriteLine($"q{q} {queries[q - 1]}: overlap {overlap:F2}\n  ours   {string.Join(' ', ours)}\n  lucene {string.Join(' ', expected)}");
            }

            foreach (var (o, e) in ours.Zip(expected))
            {
                if (o.Id == e.Id && Math.Abs(o.Score - e.Score) > 1e-5 * Math.Max(1, e.Score))
                {
                    scoreMismatches++;
                    output.WriteLine($"q{q} {o.Id}: score {o.Score:F6} vs Lucene {e.Score:F6}");
                }
            }
        }

        var mean = overlapSum / queries.Length;
        output.WriteLine($"mean top-10 overlap {mean:F4}; identical lists {identical}/{golden.Count}; score mismatches {scoreMismatches}");
        Assert.True(mean >= 0.9, $"mean overlap {mean:F4}");
        Assert.Equal(0, scoreMismatches);
    }

    public void Dispose() => _index.Dispose();
}

using PoznanAsk.Search.Querying;
using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Tests.Fakes;

namespace PoznanAsk.Search.Tests.Querying;

public sealed class DisjunctionTests : IDisposable
{
    private static readonly string[] Words = ["rada", "miasto", "budżet", "gmina", "powiat", "sejmik", "uchwała"];
    private readonly TestIndex _index = new();

    public DisjunctionTests()
    {
        var random = new Random(11);
        using var writer = _index.OpenWriter();
        for (var i = 0; i < 12_000; i++)
        {
            var words = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Words[random.Next(Words.Length)]);
            writer.Add(TestIndex.Passage("d" + i, string.Join(' ', words), year: 2000 + (i % 25)));
            if (i % 5_000 == 4_999)
            {
                writer.Commit();
            }
        }

        writer.Commit();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Or_ManyDocsAcrossWindowsAndSegments_EqualsSumOfTermScores(bool filtered)
    {
        var reader = IndexReader.Open(_index.Path);
        var searcher = new IndexSearcher(reader);
        Query? filter = filtered ? new IntRangeQuery("year", 2003, 2007) : null;
        var terms = new[] { "rada", "gmina", "sejmik" };
        var expected = new Dictionary<int, double>();
        foreach (var t in terms)
        {
            foreach (var h in searcher.Search(new TermQuery("text", t), reader.MaxDoc, filter).Hits)
            {
                expected[h.Doc] = expected.GetValueOrDefault(h.Doc) + h.Score;
            }
        }

        var or = searcher.Search(BooleanQuery.Or(terms.Select(t => (Query)new TermQuery("text", t)).ToArray()), reader.MaxDoc, filter);
        Assert.Equal(expected.Count, or.TotalHits);
        Assert.All(or.Hits, h => Assert.Equal((float)expected[h.Doc], h.Score));
        var best = expected.OrderByDescending(p => (float)p.Value).ThenBy(p => p.Key).Take(10).Select(p => p.Key);
        Assert.Equal(best, searcher.Search(BooleanQuery.Or(terms.Select(t => (Query)new TermQuery("text", t)).ToArray()), 10, filter).Hits.Select(h => h.Doc));
    }

    [Fact]
    public void MustWithOptional_ManyDocs_AddsOptionalScoresOnlyWhereMatched()
    {
        var searcher = new IndexSearcher(IndexReader.Open(_index.Path));
        var must = searcher.Search(new TermQuery("text", "budżet"), 20_000).Hits.ToDictionary(h => h.Doc, h => h.Score);
        var opt = searcher.Search(BooleanQuery.Or(new TermQuery("text", "rada"), new TermQuery("text", "powiat")), 20_000).Hits.ToDictionary(h => h.Doc, h => h.Score);
        var q = new BooleanQuery(
        [
            new BooleanClause(new TermQuery("text", "budżet"), Occur.Must),
            new BooleanClause(new TermQuery("text", "rada"), Occur.Should),
            new BooleanClause(new TermQuery("text", "powiat"), Occur.Should),
        ]);
        var hits = searcher.Search(q, 20_000).Hits;
        Assert.Equal(must.Count, hits.Count);
        Assert.All(hits, h => Assert.Equal(must[h.Doc] + (opt.TryGetValue(h.Doc, out var o) ? o : 0f), h.Score));
    }

    public void Dispose() => _index.Dispose();
}

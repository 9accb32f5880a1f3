using PoznanAsk.Search.Querying;
using PoznanAsk.Search.Tests.Fakes;

namespace PoznanAsk.Search.Tests.Querying;

public sealed class QueryTests : IDisposable
{
    private readonly SampleIndex _sut = new();

    public static TheoryData<string, string[]> Matches => new()
    {
        { "eurocities", ["p4", "p2"] },
        { "+poznań +eurocities", ["p4", "p2"] },
        { "poznań -eurocities", ["p1"] },
        { "\"związku miast\"", ["p1"] },
        { "\"miasta poznania\"", ["p3", "p6"] },
        { "\"członkiem miast\"~2", ["p1"] },
        { "\"członkiem miast\"", [] },
        { "\"należy stowarzyszenia\"", [] },
        { "\"należy do stowarzyszenia\"", ["p2"] },
        { "\"należy stowarzyszenia\"~1", ["p2"] },
        { "stowarzysz*", ["p2", "p3"] },
        { "budż?t", ["p5"] },
        { "eurocitis~1", ["p4", "p2"] },
        { "eurocitis~0", [] },
        { "poznań AND kind:fact", ["p4"] },
        { "year:[2023 TO 2024] AND budżet", ["p5"] },
        { "year:{2022 TO 2024} AND miasta", ["p3", "p5"] },
        { "year:2022", ["p1", "p2"] },
        { "text.folded:zwiazku", ["p1", "p2"] },
        { "text.folded:\"zwiazku metropolii\"", ["p2"] },
        { "nic_takiego", [] },
    };

    [Theory]
    [MemberData(nameof(Matches))]
    public void Search_PolishPassages_ExpectedHits(string query, string[] expected)
    {
        var ids = _sut.Ids(query);
        Assert.Equal(expected.Order(), ids.Order());
    }

    [Fact]
    public void Search_Filter_RestrictsWithoutChangingScores()
    {
        var query = new TermQuery("text", "poznań");
        var all = _sut.Searcher.Search(query, 10);
        var filtered = _sut.Searcher.Search(query, 10, IntRangeQuery.Exact("year", 2023));
        Assert.Equal(3, all.TotalHits);
        Assert.Equal(1, filtered.TotalHits);
        var doc = filtered.Hits[0].Doc;
        Assert.Equal(all.Hits.Single(h => h.Doc == doc).Score, filtered.Hits[0].Score);
    }

    [Fact]
    public void Search_MinimumShouldMatch_RequiresThatManyClauses()
    {
        var q = new BooleanQuery(
            new[] { "poznań", "eurocities", "związku" }.Select(t => new BooleanClause(new TermQuery("text", t), Occur.Should)), minimumShouldMatch: 3);
        Assert.Equal(["p2"], _sut.Ids(q));
    }

    [Fact]
    public void Search_SynonymQuery_ScoresLikeOneTermWithSummedFreq()
    {
        var synonym = _sut.Searcher.Search(new SynonymQuery("text", "miasta", "miasto"), 10);
        var or = _sut.Searcher.Search(BooleanQuery.Or(new TermQuery("text", "miasta"), new TermQuery("text", "miasto")), 10);
        Assert.Equal(or.TotalHits, synonym.TotalHits);
        Assert.NotEqual(or.Hits.Select(h => h.Score), synonym.Hits.Select(h => h.Score));
    }

    [Fact]
    public void Search_Boost_MultipliesScore()
    {
        var plain = _sut.Searcher.Search(new TermQuery("text", "budżet"), 1).Hits[0].Score;
        var boosted = _sut.Searcher.Search(new BoostQuery(new TermQuery("text", "budżet"), 2f), 1).Hits[0].Score;
        Assert.Equal(plain * 2, boosted, 5);
    }

    [Fact]
    public void Search_EqualScores_BrokenByDocumentOrder()
    {
        var hits = _sut.Searcher.Search(new MatchAllQuery(), 3);
        Assert.Equal(6, hits.TotalHits);
        Assert.Equal([0, 1, 2], hits.Hits.Select(h => h.Doc));
    }

    [Fact]
    public void Search_OnlyProhibitedClause_MatchesNothingLikeLucene() => Assert.Empty(_sut.Ids("-poznań"));

    public void Dispose() => _sut.Dispose();
}

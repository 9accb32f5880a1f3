using PoznanAsk.Search.Scoring;

namespace PoznanAsk.Search.Tests.Scoring;

public class Bm25Tests
{
    // Values of Lucene's SmallFloat.intToByte4 / byte4ToInt (exact to 40, then 4 significant bits), from tools/lucene-oracle/bm25_py.py.
    public static TheoryData<int, byte, int> Norms => new()
    {
        { 0, 0, 0 },
        { 1, 1, 1 },
        { 23, 23, 23 },
        { 40, 40, 40 },
        { 41, 40, 40 },
        { 42, 41, 42 },
        { 100, 57, 96 },
        { 1000, 87, 984 },
        { int.MaxValue, 255, 2013265944 },
    };

    [Theory]
    [MemberData(nameof(Norms))]
    public void SmallFloat_Lengths_LikeLucene(int length, byte norm, int decoded)
    {
        Assert.Equal(norm, SmallFloat.IntToByte4(length));
        Assert.Equal(decoded, SmallFloat.Byte4ToInt(norm));
    }

    [Fact]
    public void Idf_RareTermHigherThanFrequent() => Assert.True(Bm25.Idf(1, 1000) > Bm25.Idf(500, 1000));

    [Fact]
    public void Score_LuceneFloatSteps_GoldenValue()
    {
        // Query 1 of lucene-top10-10k.tsv, rank 1 is a single-term score; here the formula on its own:
        // idf(df=10, N=10000), avgdl 40, dl 40, freq 2 → w − w / (1 + 2 · cache[40]).
        var idf = Bm25.Idf(10, 10_000);
        var cache = Bm25.NormCache(40f);
        var score = Bm25.Score(idf, 2, cache[40]);
        Assert.Equal((float)Math.Log(1 + ((10_000 - 10 + 0.5) / 10.5)), idf);
        Assert.Equal(1f / (1.2f * (0.25f + (0.75f * 40f / 40f))), cache[40]);
        Assert.Equal(idf - (idf / (1f + (2f * cache[40]))), score);
    }
}

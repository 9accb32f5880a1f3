using PoznanAsk.Analysis.Stempel;
using PoznanAsk.Analysis.Tests.Support;

namespace PoznanAsk.Analysis.Tests.Stempel;

public class StempelStemmerTests
{
    private static StempelStemmer Stemmer => TestAnalysis.Instance.Stemmer;

    /// <summary>Spec §3.2 example walks: each way the walk can end.</summary>
    [Theory]
    [InlineData("organizacjach", "Db")]
    [InlineData("związek", "Ia-aDa")]
    [InlineData("członkowie", "Dd-aRwDaIe")]
    [InlineData("naddatkach", "Dc-aIe-bDa-aDb")]
    [InlineData("abwehrami", "Dc")]
    [InlineData("szkoła", "DdRć-aDe")]
    [InlineData("kota", "")]
    [InlineData("", "")]
    public void Patch_Word_IsLucenesMultiTrieWalk(string word, string expected)
    {
        Assert.Equal(expected, Stemmer.Patch(word));
    }

    [Theory]
    [InlineData("związku", "związek")]
    [InlineData("organizacjach", "organizacja")]
    [InlineData("2021", "20ć")]
    [InlineData("www.poznan.pl", "www.poznan.plić")]
    [InlineData("członkiem", "członkiem")]
    [InlineData("ORGANIZACJI", "ORGANIZACJI")]
    [InlineData("Organizacji", "Organizacja")]
    public void Stem_Word_IsLucenesStem(string word, string expected)
    {
        Assert.Equal(expected, Stemmer.Stem(word));
    }

    [Theory]
    [InlineData("ampulę")]
    [InlineData("aloe")]
    [InlineData("")]
    public void Stem_PatchDeletesEverything_ReturnsNull(string word)
    {
        Assert.Null(Stemmer.Stem(word));
    }

    [Fact]
    public void Stem_SpanOverload_WritesIntoCallerBuffer()
    {
        var buffer = new char[Stemmer.StemCapacity("związek".Length)];
        int length = Stemmer.Stem("związek", buffer);
        Assert.Equal("związka", new string(buffer, 0, length));
    }

    [Fact]
    public void Table_ShippedFile_HasTheShapeOfSpec23()
    {
        var table = Stemmer.Table;
        Assert.Equal("-0ME2", table.Method);
        Assert.True(table.IsMulti);
        Assert.False(table.Forward);
        Assert.Equal([469, 50, 99, 21, 15, 3, 6, 1], table.Tries.Select(t => t.Commands.Length));
        Assert.Equal([4695, 1914, 119, 74, 6, 4, 2, 1], table.Tries.Select(t => t.RowCount));
    }
}

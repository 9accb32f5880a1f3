using PoznanAsk.Analysis.Filters;
using PoznanAsk.Analysis.Stempel;
using PoznanAsk.Analysis.Tests.Support;

namespace PoznanAsk.Analysis.Tests.Filters;

public class StempelFilterTests
{
    /// <summary>Lucene's rules: ≤ 3 units unchanged, null stem unchanged, otherwise the stem.</summary>
    [Theory]
    [InlineData("związku", "związek")]
    [InlineData("członkowie", "człewk")]
    [InlineData("poznaniu", "poznanie")]
    [InlineData("ust", "ust")]
    [InlineData("11", "11")]
    [InlineData("ampulę", "ampulę")]
    [InlineData("2021", "20ć")]
    [InlineData("www.poznan.pl", "www.poznan.plić")]
    [InlineData("szkoła", "sć")]
    public void IncrementToken_LuceneRules_StemsLikeStempelFilter(string word, string expected)
    {
        Assert.Equal([expected], TestAnalysis.Filter(word, t => new StempelFilter(t, TestAnalysis.Instance.Stemmer)));
    }

    /// <summary>The index chain's guards (docs/analysis.md).</summary>
    [Theory]
    [InlineData("2021", "2021")]
    [InlineData("2023r", "2023r")]
    [InlineData("covid19", "covid19")]
    [InlineData("www.poznan.pl", "www.poznan.pl")]
    [InlineData("m.in", "m.in")]
    [InlineData("mcdonald's", "mcdonald's")]
    [InlineData("uwaga:tekst", "uwaga:tekst")]
    [InlineData("szkoła", "szkoła")]
    [InlineData("frag", "frag")]
    [InlineData("związku", "związek")]
    [InlineData("organizacjach", "organizacja")]
    public void IncrementToken_IndexGuards_KeepNumbersJoinedTokensAndShortStems(string word, string expected)
    {
        Assert.Equal([expected], TestAnalysis.Filter(word, t => new StempelFilter(t, TestAnalysis.Instance.Stemmer, PolishAnalysis.IndexGuards)));
    }

    /// <summary>Lucene's StempelFilter leaves keyword-marked tokens alone (the exclusion set of PolishAnalyzer).</summary>
    [Fact]
    public void IncrementToken_KeywordToken_NotStemmed()
    {
        var exclusions = new Lucene.Net.Analysis.Util.CharArraySet(PolishAnalysis.Version, ["poznaniu"], ignoreCase: false);
        Assert.Equal(["poznaniu"], TestAnalysis.Filter("poznaniu", t => new StempelFilter(new Lucene.Net.Analysis.Miscellaneous.SetKeywordMarkerFilter(t, exclusions), TestAnalysis.Instance.Stemmer)));
    }

    [Theory]
    [InlineData("2021", "Digits", true)]
    [InlineData("\u0662\u0660\u0662\u0661", "Digits", true)]
    [InlineData("poznań", "Digits", false)]
    [InlineData("um.poznan.pl", "Joined", true)]
    [InlineData("um.poznan.pl", "Digits", false)]
    [InlineData("foo_bar", "Joined", true)]
    [InlineData("2021", "None", false)]
    public void IsGuarded_Word_FollowsFlags(string word, string guards, bool expected)
    {
        Assert.Equal(expected, StempelFilter.IsGuarded(word, Enum.Parse<StemGuards>(guards)));
    }
}

using PoznanAsk.Answering.Questions;

namespace PoznanAsk.Answering.Tests.Questions;

public sealed class CueTests
{
    [Theory]
    [InlineData("nalez*", "należy", true)]
    [InlineData("nalez*", "nalezal", true)]
    [InlineData("nalez*", "nalzey", true)]
    [InlineData("czlon*", "czlnkiem", true)]
    [InlineData("miedzynarod*", "miedzynardowe", true)]
    [InlineData("krajow*", "krajwe", true)]
    [InlineData("ile", "ile", true)]
    [InlineData("ile", "ille", false)]
    [InlineData("nalez*", "nad", false)]
    [InlineData("krajow*", "kraina", false)]
    public void Find_Cue_ToleratesSmallTyposOnLongCuesOnly(string pattern, string word, bool expected)
    {
        var words = WordSplitter.Split("x " + word);

        Assert.Equal(expected, new Cue(pattern).Find(words, new HashSet<int>()) >= 0);
    }

    [Fact]
    public void Find_CapitalisedWordInsideQuestion_IsNotTreatedAsTypo()
    {
        var words = WordSplitter.Split("Czy Krakow jest");

        Assert.Equal(-1, new Cue("krajow*").Find(words, new HashSet<int>()));
    }

    [Fact]
    public void Find_MaskedWord_IsSkipped()
    {
        var words = WordSplitter.Split("Związek Miast Polskich");

        Assert.Equal(-1, new Cue("polsk*").Find(words, new HashSet<int> { 0, 1, 2 }));
    }

    [Theory]
    [InlineData("eurocities", "eurocitis", 1)]
    [InlineData("zwiazek", "zwiazku", 2)]
    [InlineData("abc", "abd", 1)]
    [InlineData("czlonkiem", "czlonkeim", 1)]
    public void EditDistance_Bounded_CountsTranspositionAsOne(string a, string b, int expected)
    {
        Assert.Equal(expected, PoznanAsk.Analysis.EditDistance.Bounded(a, b, 3));
    }

    [Theory]
    [InlineData("zwiazku", "zwiazek", true)]
    [InlineData("metropolii", "metropolia", true)]
    [InlineData("unii", "unia", false)]
    // A three-letter stem with case endings only, in a word of five letters or more: short names decline too.
    [InlineData("brnem", "brnie", true)]
    [InlineData("brna", "brnem", true)]
    [InlineData("rady", "rada", false)]
    [InlineData("brnem", "brzmi", false)]
    [InlineData("polskich", "polska", true)]
    [InlineData("miasta", "mazury", false)]
    [InlineData("2021", "2011", false)]
    public void WordMatcher_Similarity_InflectionAndTypos(string a, string b, bool matches)
    {
        Assert.Equal(matches, WordMatcher.Similarity(a, b) > 0);
    }

    [Theory]
    [InlineData("Związek", "zwiazek")]
    [InlineData("ŻYWNOŚCI", "zywnosci")]
    [InlineData("Ille-et-Vilaine", "ille-et-vilaine")]
    public void Fold_RemovesDiacriticsAndCase(string text, string folded)
    {
        Assert.Equal(folded, TextFolding.Fold(text));
    }
}

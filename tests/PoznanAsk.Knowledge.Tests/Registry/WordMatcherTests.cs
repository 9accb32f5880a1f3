using PoznanAsk.Knowledge.Registry;

namespace PoznanAsk.Knowledge.Tests.Registry;

public sealed class WordMatcherTests
{
    [Theory]
    [InlineData("Związek", "Związku", true)]
    [InlineData("Unia", "Unii", true)]
    [InlineData("Stowarzyszenie", "Stowarzyszeniem", true)]
    [InlineData("Kraków", "Krakowie", true)]
    [InlineData("Poznań", "Poznania", true)]
    [InlineData("Poznań", "Poznańskiej", false)]
    [InlineData("Rozwoju", "Rozwiązania", false)]
    [InlineData("ECM", "ecm", false)]
    [InlineData("ECM", "ECM", true)]
    [InlineData("i", "w", false)]
    public void Matches_NameWordAndTextWord_ByInflectionRule(string name, string text, bool expected) =>
        Assert.Equal(expected, new WordMatcher(stem: null).Matches(name, text));

    [Fact]
    public void Matches_IrregularFormWithAStemmer_UsesTheStems()
    {
        // A fake lemmatiser: "ludzie" and "człowiek" share the lemma, which no ending rule can see.
        var lemmas = new Dictionary<string, string[]> { ["człowiek"] = ["człowiek"], ["ludzie"] = ["człowiek", "lud"] };
        var sut = new WordMatcher(word => lemmas.GetValueOrDefault(word, []));
        Assert.True(sut.Matches("Człowiek", "Ludzie"));
        Assert.False(new WordMatcher(stem: null).Matches("Człowiek", "Ludzie"));
    }

    [Theory]
    [InlineData("Orzeł", "Orła")]
    [InlineData("Dzień", "Dnia")]
    public void Matches_WithMorfologikLemmas_IrregularFormsMatch(string name, string text)
    {
        Assert.False(new WordMatcher(stem: null).Matches(name, text));
        var sut = new WordMatcher(PoznanAsk.Knowledge.Ingest.KnowledgeLoader.Stemmer(Support.Analysis.WithLemmas.Get("polish-lemma")));
        Assert.True(sut.Matches(name, text));
    }

    [Fact]
    public void Matches_FoldingMatcher_IgnoresPolishLetters()
    {
        Assert.True(new WordMatcher(stem: null, fold: true).Matches("Związku", "zwiazku"));
        Assert.False(new WordMatcher(stem: null).Matches("Związku", "zwiazku"));
    }
}

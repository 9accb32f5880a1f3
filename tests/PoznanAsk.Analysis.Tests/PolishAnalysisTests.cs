using PoznanAsk.Analysis.Tests.Support;

namespace PoznanAsk.Analysis.Tests;

public class PolishAnalysisTests
{
    private static PolishAnalysis Sut => TestAnalysis.Instance;

    [Fact]
    public void Load_MissingResourcesFolder_ThrowsNamingFolderAndSetup()
    {
        string path = Path.Combine(Path.GetTempPath(), "poznanask-no-resources-here");
        var ex = Assert.Throws<AnalysisException>(() => PolishAnalysis.Load(new AnalysisOptions { ResourcesPath = path }));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("scripts/setup", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderWithoutTable_ThrowsNamingTheTable()
    {
        var dir = Directory.CreateTempSubdirectory("poznanask-res-");
        try
        {
            var ex = Assert.Throws<AnalysisException>(() => PolishAnalysis.Load(new AnalysisOptions { ResourcesPath = dir.FullName }));
            Assert.Contains("stemmer_20000.tbl", ex.Message, StringComparison.Ordinal);
            Assert.Contains("scripts/setup", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Load_EmptyResourcesPath_Throws(string path)
    {
        Assert.Throws<AnalysisException>(() => PolishAnalysis.Load(new AnalysisOptions { ResourcesPath = path }));
    }

    [Fact]
    public void Get_KnownNames_ReturnsTheAnalyzers()
    {
        Assert.Same(Sut.Reference, Sut.Get("lucene-polish"));
        Assert.Same(Sut.Stemmed, Sut.Get("polish"));
        Assert.Same(Sut.Folded, Sut.Get("polish-folded"));
        Assert.Equal(["lucene-polish", "polish", "polish-folded"], Sut.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Get_UnknownName_ThrowsListingKnownNames()
    {
        var ex = Assert.Throws<AnalysisException>(() => Sut.Get("polish-lemma"));
        Assert.Contains("lucene-polish", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithAnalyzer_NewName_AddedWithoutChangingTheOriginal()
    {
        var lemma = Sut.CreateChain(PolishAnalysis.LemmaName, t => t);
        var extended = Sut.WithAnalyzer(lemma);
        Assert.Same(lemma, extended.Get("polish-lemma"));
        Assert.False(Sut.TryGet("polish-lemma", out _));
        Assert.Throws<AnalysisException>(() => extended.WithAnalyzer(lemma));
    }

    [Theory]
    [InlineData("lucene-polish", "ZWIĄZEK*", "związek*")]
    [InlineData("polish", "Poznań", "poznań")]
    [InlineData("polish-folded", "Poznań ŁÓDŹ", "poznan lodz")]
    public void Normalize_Term_LowerCasedAndFoldedForFoldedField(string analyzer, string term, string expected)
    {
        Assert.Equal(expected, Sut.Get(analyzer).Normalize(term));
    }

    /// <summary>Deviations of the index chain: years stay distinct, domains stay whole, normal words stem like Lucene.</summary>
    [Fact]
    public void Stemmed_YearsAndDomains_NotStemmedUnlikeReference()
    {
        const string text = "W 2021 r. i 2011 r. — www.poznan.pl; Związku Miast";
        Assert.Equal(["2021", "r", "2011", "r", "www.poznan.pl", "związek", "miasto"], Terms(Sut.Stemmed, text));
        Assert.Equal(["20ć", "r", "20ć", "r", "www.poznan.plić", "związek", "miasto"], Terms(Sut.Reference, text));
    }

    /// <summary>The brief's example: a question typed without Polish letters matches the report's wording.</summary>
    [Theory]
    [InlineData("Poznan nalezy do Zwiazku Miast", "Poznań należy do Związku Miast")]
    [InlineData("czlonkiem Unii Metropolii Polskich", "członkiem Unii Metropolii Polskich")]
    [InlineData("Ile wyniosla skladka czlonkowska?", "Ile wyniosła składka członkowska?")]
    public void Folded_QuestionWithoutDiacritics_SameTermsAsPassage(string question, string passage)
    {
        Assert.Equal(Terms(Sut.Folded, passage), Terms(Sut.Folded, question));
        Assert.NotEqual(Terms(Sut.Stemmed, passage), Terms(Sut.Stemmed, question));
    }

    [Fact]
    public void Folded_StopWordsTypedWithoutDiacritics_AreRemoved()
    {
        Assert.Equal(["poznan"], Terms(Sut.Folded, "Poznań się że"));
        Assert.Equal(["poznan"], Terms(Sut.Folded, "Poznan sie ze"));
    }

    [Fact]
    public void Stemmed_SadAndSąd_StayDistinctInThePrimaryField()
    {
        Assert.NotEqual(Terms(Sut.Stemmed, "sąd"), Terms(Sut.Stemmed, "sad"));
        Assert.Equal(Terms(Sut.Folded, "sąd"), Terms(Sut.Folded, "sad"));
    }

    private static List<string> Terms(Analyzer analyzer, string text) => [.. analyzer.Analyze(text).Select(t => t.Term)];
}

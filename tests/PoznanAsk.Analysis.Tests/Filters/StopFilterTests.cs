using PoznanAsk.Analysis.Filters;
using PoznanAsk.Analysis.Tests.Support;

namespace PoznanAsk.Analysis.Tests.Filters;

public class StopFilterTests
{
    [Fact]
    public void Load_LucenePolishList_Has182Words()
    {
        Assert.Equal(182, TestAnalysis.Instance.StopWords.Count);
    }

    [Theory]
    [InlineData("roku", true)]
    [InlineData("kto", true)]
    [InlineData("którzy", true)]
    [InlineData("o.o.", true)]
    [InlineData("rok", false)]
    [InlineData("ile", false)]
    [InlineData("Roku", false)]
    public void Of_PolishWords_FollowsLuceneListCaseSensitively(string word, bool expected)
    {
        var stopWords = StopWords.Of(StopWords.Load(TestAnalysis.Options.StopWordsPath));
        Assert.Equal(expected, stopWords.Contains(word));
    }

    [Fact]
    public void Analyze_StopWordsRemoved_IncrementCarriesTheirPositions()
    {
        var tokens = TestAnalysis.Instance.Reference.Analyze("W roku szkolnym do szkół");
        Assert.Equal(["szkolny:3", "szkół:2"], tokens.Select(t => $"{t.Term}:{t.PositionIncrement}"));
    }

    [Fact]
    public void Load_MissingFile_ThrowsNamingFileAndSetup()
    {
        string path = Path.Combine(Path.GetTempPath(), "poznanask-no-such-stopwords.txt");
        var ex = Assert.Throws<AnalysisException>(() => StopWords.Load(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("scripts/setup", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CommentsAndSpaces_SkipsCommentsAndTrims()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# komentarz\n  oraz \n#lub\nczy\n");
            Assert.Equal(["oraz", "czy"], StopWords.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using PoznanAsk.Answering.Service;
using PoznanAsk.Answering.Tests.Support;
using PoznanAsk.Testing;

namespace PoznanAsk.Answering.Tests.Service;

public sealed class PoznanAskEngineTests : IDisposable
{
    private readonly string _dir = Corpora.WriteFolder(Corpora.Seeds);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private EngineOptions Options() => new() { ReportsPath = _dir, ResourcesPath = TestPaths.Resources };

    [Fact]
    public void Open_SeedsFolder_AnswersFromThem()
    {
        using var sut = PoznanAskEngine.Open(Options());

        var answer = sut.Ask("Ile organizacji krajowych w 2023?");

        Assert.Equal([2017, 2023], sut.Reports.Years);
        Assert.Contains(answer.Facts, f => f.Kind == "count" && f.Value == 16);
        Assert.NotNull(sut.LastIngest);
    }

    [Fact]
    public void Reload_NewYearReportAdded_AnswersForThatYearWithoutCodeChanges()
    {
        using var sut = PoznanAskEngine.Open(Options());
        Assert.False(sut.Ask("Ile organizacji międzynarodowych w 2021?").Found);
        File.Copy(Path.Combine(TestPaths.TestData, "questions", "reports", "raport_2021_wspolpraca.txt"), Path.Combine(_dir, "raport_2021_wspolpraca.txt"));

        var report = sut.Reload();
        var answer = sut.Ask("Ile organizacji międzynarodowych w 2021?");

        Assert.Contains("raport_2021_wspolpraca.txt", report.Added);
        Assert.True(answer.Found);
        Assert.Contains(answer.Facts, f => f.Kind == "count" && f.Value == 9);
    }

    [Fact]
    public void Reload_KeptAnswersAndSearches_AreComputedAgainOverTheNewIndex()
    {
        using var sut = PoznanAskEngine.Open(Options());
        var search = new SearchRequest("organizacje", Year: 2021);
        var before = sut.Reports.Search(search);
        Assert.Same(before, sut.Reports.Search(search));
        Assert.Same(sut.Ask("Ile organizacji międzynarodowych w 2021?"), sut.Ask("Ile organizacji międzynarodowych w 2021?"));
        File.Copy(Path.Combine(TestPaths.TestData, "questions", "reports", "raport_2021_wspolpraca.txt"), Path.Combine(_dir, "raport_2021_wspolpraca.txt"));

        sut.Reload();

        Assert.Equal(0, before.TotalHits);
        Assert.True(sut.Reports.Search(search).TotalHits > 0);
        Assert.True(sut.Ask("Ile organizacji międzynarodowych w 2021?").Found);
    }

    [Fact]
    public void Reload_UnreadableFileAdded_KeepsPreviousKnowledge()
    {
        using var sut = PoznanAskEngine.Open(Options());
        File.WriteAllBytes(Path.Combine(_dir, "broken.txt"), [0x00, 0xFF, 0xFE, 0x00, 0x13, 0x37, 0x00, 0x00]);

        var before = sut.Knowledge;
        var ex = Record.Exception(() => sut.Reload());

        Assert.Same(before, sut.Knowledge);
        Assert.IsType<AnsweringException>(ex);
        Assert.True(sut.Ask("Czy Poznań należy do ZMP?").Found);
    }

    [Fact]
    public void Open_PersistentIndex_SecondOpenReadsItWithoutReingesting()
    {
        var options = Options();
        options.IndexPath = Path.Combine(_dir, ".index");
        using (var first = PoznanAskEngine.Open(options))
        {
            Assert.Equal(2, first.LastIngest!.Added.Count);
        }

        using var second = PoznanAskEngine.Open(options);

        Assert.Empty(second.LastIngest!.Added);
        Assert.Equal(2, second.LastIngest.Unchanged.Count);
        Assert.True(Directory.Exists(options.IndexPath));
        Assert.Contains(second.Ask("Ile organizacji międzynarodowych w 2017?").Facts, f => f.Kind == "count" && f.Value == 11);
        Assert.Contains(second.Reports.Search(new SearchRequest("Antwerpii")).Hits, h => h.Kind == "passage" && h.Year == 2017);
    }

    [Fact]
    public void Open_WithoutIndexPath_IndexesInMemoryAndSearches()
    {
        using var sut = PoznanAskEngine.Open(Options());

        Assert.Equal(42, sut.Knowledge.Memberships.Count);
        Assert.NotEmpty(sut.Reports.Search(new SearchRequest("Eurocities")).Hits);
    }

    [Fact]
    public void Open_MissingReportsFolder_ErrorNamesIt()
    {
        var ex = Assert.Throws<AnsweringException>(() => PoznanAskEngine.Open(new EngineOptions { ReportsPath = Path.Combine(_dir, "nope"), ResourcesPath = TestPaths.Resources }));

        Assert.Contains("nope", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingResources_ErrorNamesThem()
    {
        var ex = Assert.Throws<AnsweringException>(() => PoznanAskEngine.Open(new EngineOptions { ReportsPath = _dir, ResourcesPath = _dir }));

        Assert.Contains("stemmer_20000.tbl", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnknownAnalyzer_ErrorListsKnownOnes()
    {
        var options = Options();
        options.Analyzer = "klingon";

        var ex = Assert.Throws<AnsweringException>(() => PoznanAskEngine.Open(options));

        Assert.Contains("polish", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_OutOfRangeOption_Rejected()
    {
        var options = Options();
        options.MaxQuestionLength = 1;

        Assert.Throws<AnsweringException>(() => PoznanAskEngine.Open(options));
    }

    [Fact]
    public void Create_EmptyKnowledge_SaysNothingIsIngested()
    {
        using var sut = PoznanAskEngine.Create(Knowledge.Model.KnowledgeBase.Empty, Corpora.Analysis);

        var answer = sut.Ask("Czy Poznań należy do ZMP?");

        Assert.False(answer.Found);
        Assert.Contains("Nie wczytano", answer.Text, StringComparison.Ordinal);
        Assert.Throws<AnsweringException>(() => sut.Reload());
    }
}

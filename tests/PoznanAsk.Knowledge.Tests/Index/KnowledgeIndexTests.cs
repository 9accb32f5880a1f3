using System.Text;
using PoznanAsk.Knowledge.Index;
using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Tests.Support;
using PoznanAsk.Testing;

namespace PoznanAsk.Knowledge.Tests.Index;

/// <summary>Persistence: one commit per update, reload on open, incremental updates, failed updates change nothing.</summary>
public sealed class KnowledgeIndexTests : IDisposable
{
    private readonly TempFolder _reports = new();
    private readonly TempFolder _index = new();

    public void Dispose()
    {
        _reports.Dispose();
        _index.Dispose();
    }

    private KnowledgeIndex OpenOrCreate() => KnowledgeIndex.OpenOrCreate(_index.Path, Support.Analysis.WithLemmas);

    private void CopySeeds()
    {
        _reports.CopyFilesFrom(TestPaths.Seeds);
    }

    [Fact]
    public void Update_Seeds_ReopenedIndexHoldsTheSameKnowledge()
    {
        CopySeeds();
        var index = OpenOrCreate();
        var report = index.Update(_reports.Path);
        Assert.Equal(2, report.Added.Count);
        Assert.Equal(42, report.Facts);

        var reopened = KnowledgeIndex.Open(_index.Path, Support.Analysis.WithLemmas);
        Assert.Equal(Json.Of(index.Knowledge), Json.Of(reopened.Knowledge));
        Assert.Equal(42, reopened.Knowledge.Memberships.Count);
        Assert.Equal(index.Current.Generation, reopened.Current.Generation);
    }

    [Fact]
    public void Update_WithAnalyzerStems_GivesTheSameFactsAsTheInMemoryLoad()
    {
        CopySeeds();
        var index = OpenOrCreate();
        index.Update(_reports.Path);
        var inMemory = KnowledgeLoader.LoadFolder(_reports.Path).Knowledge;
        Assert.Equal(Json.Of(inMemory), Json.Of(index.Knowledge));
    }

    [Fact]
    public void Update_WithMorfologikLemmas_GivesTheSameKnowledgeOnSeedsAndSyntheticReports()
    {
        CopySeeds();
        SyntheticReports.WriteAll(_reports);
        var index = KnowledgeIndex.OpenOrCreate(_index.Path, Support.Analysis.WithLemmas);
        index.Update(_reports.Path);
        Assert.Equal(Json.Of(KnowledgeLoader.LoadFolder(_reports.Path).Knowledge), Json.Of(index.Knowledge));
    }

    public static TheoryData<string, string, int> Searches => new()
    {
        { KnowledgeFields.Kind, KnowledgeKinds.Fact, 42 },
        { KnowledgeFields.Scope, "international", 11 },
        { KnowledgeFields.Kind, KnowledgeKinds.Event, 1 },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public void Searcher_KeywordFields_FindFactDocuments(string field, string value, int expected)
    {
        CopySeeds();
        var index = OpenOrCreate();
        index.Update(_reports.Path);
        Assert.Equal(expected, ((KnowledgeSearch)index.Search).Count(field, value));
    }

    [Theory]
    [InlineData("organisation:\"Unii Metropolii Polskich\"", "Unia Metropolii Polskich")]
    [InlineData("organisation.folded:\"metropolii poznan\"", "Metropolia Poznań")]
    [InlineData("organisation:ECM", "European Cities Marketing")]
    public void Searcher_InflectedOrAbbreviatedName_FindsTheFacts(string query, string nameAsWritten)
    {
        CopySeeds();
        var index = OpenOrCreate();
        index.Update(_reports.Path);
        var hits = index.Search.Search(new IndexQuery(query, Kind: HitKind.Fact, Top: 50)).Hits;
        Assert.NotEmpty(hits);
        var expectedId = index.Knowledge.Memberships.First(m => m.NameAsWritten == nameAsWritten).OrganisationId;
        Assert.All(hits, h => Assert.Equal(expectedId, index.Knowledge.Memberships.Single(m => m.Id == h.Id).OrganisationId));
    }

    [Fact]
    public void Update_NothingChanged_DoesNotCommitAgain()
    {
        CopySeeds();
        var index = OpenOrCreate();
        index.Update(_reports.Path);
        var generation = index.Current.Generation;
        var again = index.Update(_reports.Path);
        Assert.True(again.NothingChanged);
        Assert.Equal(2, again.Unchanged.Count);
        Assert.Equal(generation, index.Current.Generation);
    }

    [Fact]
    public void Update_ChangedAddedRemovedFiles_ReplaceOnlyTheirDocuments()
    {
        SyntheticReports.WriteAll(_reports);
        var index = OpenOrCreate();
        index.Update(_reports.Path);
        var passages2019 = index.Knowledge.Passages.Where(p => p.Source == "raport-2019.txt").Select(p => p.Id).ToArray();

        _reports.Write("raport-2021.md", SyntheticReports.Markdown2021.Replace("pięciu", "czterech", StringComparison.Ordinal));
        _reports.Delete("raport-2024.html");
        _reports.Write("nowy-2022.txt", "W 2022 r. Miasto Poznań było członkiem 1 organizacji krajowej:\n\n • Związek Powiatów Polskich.\n");
        var report = KnowledgeIndex.Open(_index.Path, Support.Analysis.WithLemmas).Update(_reports.Path);

        Assert.Equal(["nowy-2022.txt"], report.Added);
        Assert.Equal(["raport-2021.md"], report.Updated);
        Assert.Equal(["raport-2019.txt"], report.Unchanged);
        Assert.Equal(["raport-2024.html"], report.Removed);
        Assert.DoesNotContain(report.Warnings, w => w.Code == "count-mismatch");

        var reopened = KnowledgeIndex.Open(_index.Path, Support.Analysis.WithLemmas).Knowledge;
        Assert.DoesNotContain(reopened.Passages, p => p.Source == "raport-2024.html");
        Assert.Equal(passages2019, reopened.Passages.Where(p => p.Source == "raport-2019.txt").Select(p => p.Id));
        Assert.Equal([2019, 2021, 2022], reopened.Memberships.Select(m => m.Year).Distinct().Order());
        Assert.Equal(Json.Of(KnowledgeLoader.LoadFolder(_reports.Path, analyzer: Support.Analysis.WithLemmas.Stemmed).Knowledge), Json.Of(reopened));
    }

    [Fact]
    public void Update_BinaryFile_FailsClearlyAndLeavesThePreviousIndex()
    {
        CopySeeds();
        var index = OpenOrCreate();
        index.Update(_reports.Path);
        var before = Json.Of(index.Knowledge);
        var generation = index.Current.Generation;

        _reports.WriteBytes("zdjecie.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        _reports.Write("004_bac7ed7322fb4852.txt", "W 2023 r. zmieniony tekst.");
        var error = Assert.Throws<KnowledgeException>(() => index.Update(_reports.Path));

        Assert.Contains("zdjecie.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("binarny", error.Message, StringComparison.Ordinal);
        Assert.Equal(generation, index.Current.Generation);
        var reopened = KnowledgeIndex.Open(_index.Path, Support.Analysis.WithLemmas);
        Assert.Equal(generation, reopened.Current.Generation);
        Assert.Equal(before, Json.Of(reopened.Knowledge));
    }

    [Fact]
    public void Update_MalformedManifest_FailsAndLeavesThePreviousIndex()
    {
        CopySeeds();
        var index = OpenOrCreate();
        index.Update(_reports.Path);
        var generation = index.Current.Generation;
        _reports.Write("manifest.json", "{ \"format\": \"poznanask-reports-manifest\", \"version\": 7, \"reports\": [] }");
        var error = Assert.Throws<KnowledgeException>(() => index.Update(_reports.Path));
        Assert.Contains("manifest.json", error.Message, StringComparison.Ordinal);
        Assert.Equal(generation, KnowledgeIndex.Open(_index.Path, Support.Analysis.WithLemmas).Current.Generation);
    }

    [Fact]
    public void Update_EmptyWindows1250AndDuplicateFiles_AreWarningsAndStillCommitted()
    {
        SyntheticReports.WriteAll(_reports);
        _reports.Write("pusty.txt", "  \n\n");
        _reports.WriteBytes("zz-kopia-raportu-2019.txt", File.ReadAllBytes(Path.Combine(_reports.Path, "raport-2019.txt")));
        var legacy = Encoding.GetEncoding(1250).GetBytes("W 2018 r. Miasto Poznań było członkiem dwóch organizacji krajowych:\n\n • Związek Gmin Śląskich;\n • Stowarzyszenie Źródło Życia.\n");
        _reports.WriteBytes("raport-2018-cp1250.txt", legacy);

        var index = OpenOrCreate();
        var report = index.Update(_reports.Path);

        Assert.Contains(report.Warnings, w => w.Code == "empty-file" && w.Source == "pusty.txt");
        Assert.Contains(report.Warnings, w => w.Code == "encoding" && w.Source == "raport-2018-cp1250.txt" && w.Message.Contains("windows-1250", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Code == "duplicate-file" && w.Source == "zz-kopia-raportu-2019.txt" && w.Message.Contains("raport-2019.txt", StringComparison.Ordinal));
        Assert.Equal(["zz-kopia-raportu-2019.txt"], report.Duplicates);
        Assert.DoesNotContain(index.Knowledge.Passages, p => p.Source == "zz-kopia-raportu-2019.txt");
        Assert.Equal(["Związek Gmin Śląskich", "Stowarzyszenie Źródło Życia"], index.Knowledge.Memberships.Where(m => m.Year == 2018).Select(m => m.NameAsWritten));

        var reopened = KnowledgeIndex.Open(_index.Path, Support.Analysis.WithLemmas).Knowledge;
        Assert.Equal(index.Knowledge.Warnings, reopened.Warnings);
    }

    [Fact]
    public void Open_NoIndex_IsAClearError()
    {
        var error = Assert.Throws<KnowledgeException>(() => KnowledgeIndex.Open(Path.Combine(_index.Path, "brak"), Support.Analysis.WithLemmas));
        Assert.Contains("brak", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refresh_AfterAnotherInstanceCommits_SeesTheNewKnowledge()
    {
        var reader = OpenOrCreate();
        Assert.Empty(reader.Knowledge.Passages);
        CopySeeds();
        KnowledgeIndex.Open(_index.Path, Support.Analysis.WithLemmas).Update(_reports.Path);
        Assert.True(reader.Refresh());
        Assert.Equal(42, reader.Knowledge.Memberships.Count);
        Assert.False(reader.Refresh());
    }
    [Fact]
    public void OpenOrCreate_AnalysisWithoutLemmas_IsAClearErrorAndCreatesNothing()
    {
        var error = Assert.Throws<KnowledgeException>(() => KnowledgeIndex.OpenOrCreate(_index.Path, Support.Analysis.Polish));
        Assert.Contains("polish-lemma", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_index.Path));
    }

    [Fact]
    public void Schema_OfTheKnowledgeIndex_HasTheLemmaSubFieldOfText()
    {
        var schema = KnowledgeIndex.SchemaFor(Support.Analysis.WithLemmas);
        Assert.True(schema.HasLemma);
        Assert.Same(Support.Analysis.WithLemmas.Get("polish-lemma").Lucene, schema.FieldAnalyzers[KnowledgeFields.TextLemma]);
        Assert.False(new KnowledgeSchema(IndexAnalyzers.Of(Support.Analysis.Polish)).FieldAnalyzers.ContainsKey(KnowledgeFields.TextLemma));
    }

    public static TheoryData<string, string> LemmaSearches => new()
    {
        // Lemmas and a diacritic-free form that meet the passage's inflected "Związku", "poradniki", "kampanię".
        { "Związek", "Rozwój lokalny" },
        { "zwiazek", "Rozwój lokalny" },
        { "poradnik", "Mariupol" },
        { "kampania", "Mariupol" },
    };

    [Theory]
    [MemberData(nameof(LemmaSearches))]
    public void Search_LemmaField_FindsThePassageByItsDictionaryLemma(string word, string passageText)
    {
        CopySeeds();
        var index = OpenOrCreate();
        index.Update(_reports.Path);
        var hits = index.Search.Search(new IndexQuery(KnowledgeFields.TextLemma + ":" + word, Kind: HitKind.Passage, Top: 50)).Hits
            .Select(h => index.Knowledge.PassagesById[h.Id].Text).ToList();
        Assert.Contains(hits, t => t.Contains(passageText, StringComparison.Ordinal));
    }
}

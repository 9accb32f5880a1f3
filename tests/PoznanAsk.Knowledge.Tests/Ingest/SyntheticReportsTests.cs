using PoznanAsk.Knowledge.Diff;
using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Tests.Support;

namespace PoznanAsk.Knowledge.Tests.Ingest;

/// <summary>Reports in the seeds' shape the tests write themselves: other years, organisations, counts and formats.</summary>
public sealed class SyntheticReportsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly KnowledgeBase _knowledge;

    public SyntheticReportsTests()
    {
        SyntheticReports.WriteAll(_folder);
        _knowledge = KnowledgeLoader.LoadFolder(_folder.Path).Knowledge;
    }

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, int, string> Years => new()
    {
        { "raport-2019.txt", 2019, "W 2019 r." },
        { "raport-2021.md", 2021, "W 2021 r." },
        { "raport-2024.html", 2024, "W 2024 r." },
    };

    [Theory]
    [MemberData(nameof(Years))]
    public void Report_WithoutManifest_YearInferredWithEvidence(string source, int year, string evidence)
    {
        var info = _knowledge.Reports.Single(r => r.Source == source);
        Assert.Equal(year, info.Year);
        Assert.Contains(evidence, info.YearEvidence, StringComparison.Ordinal);
    }

    public static TheoryData<int, MembershipScope, int?, int> Lists => new()
    {
        { 2019, MembershipScope.International, 4, 4 },
        { 2019, MembershipScope.National, 3, 3 },
        { 2021, MembershipScope.National, 5, 4 },
        { 2024, MembershipScope.International, 3, 3 },
        { 2024, MembershipScope.National, 2, 2 },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Report_MembershipList_StatedAndParsedCountsAndScope(int year, MembershipScope scope, int? stated, int parsed)
    {
        var list = _knowledge.Lists.Single(l => l.Year == year && l.Scope == scope);
        Assert.Equal(stated, list.StatedCount);
        Assert.Equal(parsed, list.ParsedCount);
        Assert.Equal(parsed, _knowledge.Memberships.Count(m => m.ListPassageId == list.PassageId));
    }

    [Fact]
    public void Report_StatedCountDiffers_WarnsAndKeepsTheListAsWritten()
    {
        var warning = Assert.Single(_knowledge.Warnings, w => w.Code == "count-mismatch");
        Assert.Equal("raport-2021.md", warning.Source);
        Assert.Contains("5", warning.Message, StringComparison.Ordinal);
        Assert.Contains("4", warning.Message, StringComparison.Ordinal);
        Assert.Equal(4, _knowledge.Memberships.Count(m => m.Year == 2021));
    }

    [Fact]
    public void Report_ListWithoutIntro_WarnsAndKeepsPassages()
    {
        var warning = Assert.Single(_knowledge.Warnings, w => w.Code == "list-without-intro");
        Assert.Contains("spotkanie robocze", warning.Message, StringComparison.Ordinal);
        var list = _knowledge.Passages.Single(p => p.Kind == PassageKind.List && p.Section.EndsWith("Działania", StringComparison.Ordinal));
        Assert.Equal(2, _knowledge.Passages.Count(p => p.ParentId == list.Id));
        Assert.DoesNotContain(_knowledge.Memberships, m => m.NameAsWritten.Contains("spotkanie", StringComparison.Ordinal));
    }

    public static TheoryData<string, int, string, int> SameOrganisation => new()
    {
        { "Fundacja „Miasta Partnerskie Europy”", 2019, "\"Miasta Partnerskie Europy\" Foundation", 2019 },
        { "Covenant of Mayors – Europe Office", 2019, "Covenant of Mayors - Europe Office", 2024 },
        { "Stowarzyszenie Aglomeracja Testowa", 2019, "Aglomeracja Testowa", 2021 },
        { "Aglomeracja Testowa", 2021, "Metropolia Nadwarciańska", 2024 },
        { "Związek Powiatów Polskich", 2021, "Związek Powiatów Polskich (ZPP)", 2024 },
        { "Polis Network (POLIS)", 2019, "Polis Network (POLIS)", 2019 },
    };

    [Theory]
    [MemberData(nameof(SameOrganisation))]
    public void Registry_NamesOfOneOrganisation_AreMergedWithReasons(string first, int firstYear, string second, int secondYear)
    {
        var a = _knowledge.Memberships.First(m => m.Year == firstYear && m.NameAsWritten == first);
        var b = _knowledge.Memberships.First(m => m.Year == secondYear && m.NameAsWritten == second);
        Assert.Equal(a.OrganisationId, b.OrganisationId);
        Assert.All(_knowledge.OrganisationsById[a.OrganisationId].Aliases, alias => Assert.NotEmpty(alias.Reason));
    }

    [Fact]
    public void Registry_CuratedRename_CanonicalIsTheAliasFileNameAndReasonQuotesTheFile()
    {
        var organisation = _knowledge.Organisations.Single(o => o.Aliases.Any(a => a.Name == "Aglomeracja Testowa"));
        Assert.Equal("Metropolia Nadwarciańska", organisation.CanonicalName);
        Assert.Contains("zmiana nazwy stowarzyszenia w 2023 r.", organisation.Aliases.Single(a => a.Name == "Aglomeracja Testowa").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_WithoutAliasFile_RenameStaysTwoOrganisations()
    {
        using var folder = new TempFolder();
        SyntheticReports.WriteAll(folder, aliases: false);
        var knowledge = KnowledgeLoader.LoadFolder(folder.Path).Knowledge;
        var old = knowledge.Memberships.First(m => m.NameAsWritten == "Aglomeracja Testowa").OrganisationId;
        var renamed = knowledge.Memberships.First(m => m.NameAsWritten == "Metropolia Nadwarciańska").OrganisationId;
        Assert.NotEqual(old, renamed);
    }

    [Fact]
    public void Registry_AbbreviationsInParentheses_AreRecorded()
    {
        var zpp = _knowledge.Organisations.Single(o => o.CanonicalName.StartsWith("Związek Powiatów Polskich", StringComparison.Ordinal));
        Assert.Contains("ZPP", zpp.Abbreviations);
        var polis = _knowledge.Organisations.Single(o => o.CanonicalName.StartsWith("Polis Network", StringComparison.Ordinal));
        Assert.Contains("POLIS", polis.Abbreviations);
    }

    public static TheoryData<EventKind, int, string> Events => new()
    {
        { EventKind.Joined, 2019, "Energy Cities" },
        { EventKind.Left, 2021, "Stowarzyszenie Miast Rowerowych" },
        { EventKind.Joined, 2024, "Eurotowns" },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void Events_JoinAndLeaveSentences_AreFactsResolvedToTheRegistry(EventKind kind, int year, string listedName)
    {
        var organisation = _knowledge.Memberships.First(m => m.NameAsWritten == listedName).OrganisationId;
        Assert.Contains(_knowledge.Events, e => e.Kind == kind && e.Year == year && e.OrganisationId == organisation);
    }

    public static TheoryData<int, string, string> Activities => new()
    {
        { 2019, "Polis Network (POLIS)", "Brukseli" },
        { 2019, "Związek Powiatów Polskich", "seminaria" },
        { 2024, "Związek Powiatów Polskich (ZPP)", "posiedzeniach" },
    };

    [Theory]
    [MemberData(nameof(Activities))]
    public void Activities_UnderHeadingOrMentioned_AreLinked(int year, string listedName, string words)
    {
        var organisation = _knowledge.Memberships.First(m => m.NameAsWritten == listedName).OrganisationId;
        Assert.Contains(_knowledge.Activities, a => a.OrganisationId == organisation && a.Year == year
            && _knowledge.PassagesById[a.PassageId].Text.Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public void Activities_HeadingMentioningAnOrganisation_LinksThePassagesBelow()
    {
        using var folder = new TempFolder();
        folder.Write("r2020.txt",
            "W 2020 r. Miasto Poznań było członkiem 2 organizacji krajowych:\n\n • Związek Gmin Nadwarciańskich;\n • Klub Miast Kwitnących.\n\n" +
            "Działalność w Związku Gmin Nadwarciańskich\n\nOdbyły się trzy posiedzenia zarządu oraz walne zebranie.\n");
        var knowledge = KnowledgeLoader.LoadFolder(folder.Path).Knowledge;
        var link = Assert.Single(knowledge.Activities);
        Assert.Equal(knowledge.Memberships[0].OrganisationId, link.OrganisationId);
        Assert.Contains("posiedzenia", knowledge.PassagesById[link.PassageId].Text, StringComparison.Ordinal);
        Assert.Contains("Działalność w Związku Gmin Nadwarciańskich", link.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_TableAfterAnIntro_IsAMembershipListOfItsFirstCells()
    {
        using var folder = new TempFolder();
        folder.Write("r2018.html",
            "<main><h2>Organizacje zagraniczne</h2><p>W 2018 r. Miasto Poznań należało do 3 organizacji:</p>" +
            "<table><thead><tr><th>Nazwa</th><th>Opis</th></tr></thead><tbody>" +
            "<tr><td>Baltic Ports Forum</td><td>sieć miast portowych</td></tr>" +
            "<tr><td>Energy Cities</td><td>stowarzyszenie miast</td></tr>" +
            "<tr><td>Eurotowns</td><td>sieć średnich miast</td></tr></tbody></table>" +
            "<p>Tabela liczbowa:</p><p>Budżet w 2018 r.</p><table><tr><td>2017</td><td>5</td></tr></table></main>");
        var knowledge = KnowledgeLoader.LoadFolder(folder.Path).Knowledge;
        Assert.Equal(["Baltic Ports Forum", "Energy Cities", "Eurotowns"], knowledge.Memberships.Select(m => m.NameAsWritten));
        Assert.All(knowledge.Memberships, m => Assert.Equal(MembershipScope.International, m.Scope));
        Assert.Empty(knowledge.Warnings);
        Assert.Contains(knowledge.Passages, p => p.Kind == PassageKind.Paragraph && p.Text == "2017 | 5");
        OffsetAssert.AllOffsetsExact(knowledge, OffsetAssert.SourceTexts(folder.Path));
    }

    [Fact]
    public void Passages_OfAllFormats_HaveExactOffsets() =>
        OffsetAssert.AllOffsetsExact(_knowledge, OffsetAssert.SourceTexts(_folder.Path));

    [Fact]
    public void Html_NavigationScriptsAndFooter_AreNotPassages()
    {
        var html = _knowledge.Passages.Where(p => p.Source == "raport-2024.html").Select(p => p.Text).ToArray();
        Assert.DoesNotContain(html, t => t.Contains("Strona główna", StringComparison.Ordinal) || t.Contains("var x", StringComparison.Ordinal) || t.Contains('©'));
        Assert.Contains(html, t => t == "Miasto Poznań jest członkiem 3 organizacji międzynarodowych:\n\n• Energy Cities\n• Covenant of Mayors - Europe Office\n• Eurotowns");
    }

    [Fact]
    public void Markdown_ItemMarkup_IsNotPartOfTheName()
    {
        Assert.Contains(_knowledge.Memberships, m => m.NameAsWritten == "Klaster Zielonej Energii" && m.Quote == "**Klaster Zielonej Energii**");
        var section = _knowledge.Passages.Single(p => p.Kind == PassageKind.List && p.Source == "raport-2021.md" && p.Text.StartsWith("W 2021", StringComparison.Ordinal)).Section;
        Assert.Equal("Raport o stanie Miasta Poznania 2021 › Organizacje krajowe", section);
    }

    [Fact]
    public void Diff_2021To2024_JoinedLeftRenamedUnchanged()
    {
        var diff = FactsDiffer.Compare(_knowledge, 2021, 2024);
        Assert.Equal(["Metropolia Nadwarciańska"], diff.Renamed.Select(c => c.After!.NameAsWritten));
        Assert.Equal(["Związek Powiatów Polskich"], diff.Unchanged.Select(c => c.Before!.NameAsWritten));
        Assert.Equal(["Stowarzyszenie Miast Rowerowych", "Klaster Zielonej Energii"], diff.Left.Select(c => c.Before!.NameAsWritten));
        Assert.Equal(["Energy Cities", "Covenant of Mayors - Europe Office", "Eurotowns"], diff.Joined.Select(c => c.After!.NameAsWritten));
    }

    [Fact]
    public void Diff_YearWithoutReports_IsAnErrorNotAGuess()
    {
        var error = Assert.Throws<KnowledgeException>(() => FactsDiffer.Compare(_knowledge, 2020, 2024));
        Assert.Contains("2020", error.Message, StringComparison.Ordinal);
    }
}

using PoznanAsk.Knowledge.Diff;
using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Tests.Support;
using PoznanAsk.Testing;

namespace PoznanAsk.Knowledge.Tests.Ingest;

/// <summary>The two seed reports, exactly as the issue states them.</summary>
public sealed class SeedsTests
{
    private static readonly Lazy<KnowledgeBase> Seeds = new(() => KnowledgeLoader.LoadFolder(TestPaths.Seeds).Knowledge);

    private static KnowledgeBase Knowledge => Seeds.Value;

    public static TheoryData<int, MembershipScope, int> Counts => new()
    {
        { 2017, MembershipScope.International, 11 },
        { 2017, MembershipScope.National, 15 },
        { 2023, MembershipScope.National, 16 },
        { 2023, MembershipScope.International, 0 },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void Seeds_YearAndScope_HaveTheListedNumberOfFacts(int year, MembershipScope scope, int expected) =>
        Assert.Equal(expected, Knowledge.Memberships.Count(m => m.Year == year && m.Scope == scope));

    [Fact]
    public void Seeds_EveryList_StatedCountEqualsParsedAndNoCountWarning()
    {
        Assert.Equal(3, Knowledge.Lists.Count);
        Assert.All(Knowledge.Lists, l => Assert.Equal(l.StatedCount, l.ParsedCount));
        Assert.DoesNotContain(Knowledge.Warnings, w => w.Code == "count-mismatch");
    }

    [Fact]
    public void Seeds_Manifest_GivesYearsTitlesAndUrls()
    {
        Assert.Equal([2017, 2023], Knowledge.Reports.Select(r => r.Year!.Value));
        Assert.All(Knowledge.Reports, r => Assert.Equal("manifest", r.YearEvidence));
        Assert.All(Knowledge.Passages, p => Assert.StartsWith("https://badam.poznan.pl/", p.Url, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Poznań – Ille-et-Vilaine Foundation", "Fundacja Poznań – Ille et Vilaine", 2017, 2017)]
    [InlineData("Stowarzyszenie Metropolia Poznań", "Metropolia Poznań", 2017, 2023)]
    [InlineData("Stowarzyszenie Wielkopolski Ośrodek Kształcenia i Studiów Samorządowych", "Wielkopolski Ośrodek Kształcenia i Studiów Samorządowych", 2017, 2023)]
    [InlineData("Stowarzyszenie Gmin, powiatów i województw „Droga S 11”", "Stowarzyszenie gmin, powiatów i województw „Droga S 11”", 2017, 2023)]
    public void Seeds_NamesWrittenDifferently_AreOneOrganisationWithAReason(string first, string second, int firstYear, int secondYear)
    {
        var a = Knowledge.Memberships.Single(m => m.Year == firstYear && m.NameAsWritten == first);
        var b = Knowledge.Memberships.Single(m => m.Year == secondYear && m.NameAsWritten == second);
        Assert.Equal(a.OrganisationId, b.OrganisationId);
        var organisation = Knowledge.OrganisationsById[a.OrganisationId];
        Assert.All(organisation.Aliases, alias => Assert.False(string.IsNullOrWhiteSpace(alias.Reason)));
        Assert.Contains(organisation.Aliases, alias => alias.Name == first || alias.Name == second);
    }

    [Fact]
    public void Seeds_MetropoliaPoznan_CanonicalIsTheMostRecentName()
    {
        var fact = Knowledge.Memberships.Single(m => m.Year == 2023 && m.NameAsWritten == "Metropolia Poznań");
        var organisation = Knowledge.OrganisationsById[fact.OrganisationId];
        Assert.Equal("Metropolia Poznań", organisation.CanonicalName);
        Assert.Contains("Stowarzyszenie", organisation.Aliases.Single().Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Seeds_DistinctOrganisations_AreNotMerged()
    {
        // 11 + 15 names in 2017 with one foundation in both lists; 2023 adds two new names.
        Assert.Equal(25 + 2, Knowledge.Organisations.Count);
        var zmp = Knowledge.Memberships.First(m => m.NameAsWritten == "Związek Miast Polskich").OrganisationId;
        var szmp = Knowledge.Memberships.First(m => m.NameAsWritten == "Stowarzyszenie Zdrowych Miast Polskich").OrganisationId;
        Assert.NotEqual(zmp, szmp);
    }

    [Fact]
    public void Seeds_2017_JoinedCitiesForCyclists()
    {
        var joined = Assert.Single(Knowledge.Events);
        Assert.Equal(EventKind.Joined, joined.Kind);
        Assert.Equal(2017, joined.Year);
        var listed = Knowledge.Memberships.Single(m => m.Year == 2017 && m.NameAsWritten.StartsWith("Cities for Cyclists", StringComparison.Ordinal));
        Assert.Equal(listed.OrganisationId, joined.OrganisationId);
        Assert.StartsWith("W 2017 r. Miasto Poznań przystąpiło do sieci Cities for Cyclists", Flat.Of(joined.Quote), StringComparison.Ordinal);
    }

    public static TheoryData<int, string, string> Activities => new()
    {
        { 2017, "EUROCITIES", "Antwerpii" },
        { 2017, "European Cities Marketing", "Dubrowniku" },
        { 2017, "International Congress and Convention Association", "IMEX" },
        { 2017, "Oder Partnerschaft", "Berlinie" },
        { 2023, "Metropolia Poznań", "ZERO WASTE" },
        { 2023, "Metropolia Poznań", "Poznańskiej Kolei Metropolitalnej" },
        { 2023, "Związek Miast Polskich", "Rozwój lokalny" },
        { 2023, "Unia Metropolii Polskich", "poradniki" },
    };

    [Theory]
    [MemberData(nameof(Activities))]
    public void Seeds_ActivityPassage_IsLinkedToItsOrganisation(int year, string listedName, string passageWords)
    {
        var organisation = Knowledge.Memberships.First(m => m.NameAsWritten == listedName).OrganisationId;
        var linked = Knowledge.Activities.Where(a => a.OrganisationId == organisation && a.Year == year)
            .Select(a => Knowledge.PassagesById[a.PassageId].Text);
        Assert.Contains(linked, text => Flat.Of(text).Contains(passageWords, StringComparison.Ordinal));
    }

    [Fact]
    public void Seeds_MembershipListsAndOtherCities_AreNotActivity()
    {
        var lists = Knowledge.Lists.Select(l => l.PassageId).ToHashSet();
        Assert.DoesNotContain(Knowledge.Activities, a => lists.Contains(a.PassageId));
        var leClub = Knowledge.Memberships.Single(m => m.NameAsWritten == "Le Club de Strasbourg").OrganisationId;
        Assert.DoesNotContain(Knowledge.Activities, a => a.OrganisationId == leClub);
    }

    [Fact]
    public void Seeds_OffsetsOfEveryPassageAndQuote_AreExact() =>
        OffsetAssert.AllOffsetsExact(Knowledge, OffsetAssert.SourceTexts(TestPaths.Seeds));

    [Fact]
    public void Seeds_ListPassage_HoldsIntroAndItemsAndEachItemPointsAtIt()
    {
        var national2017 = Knowledge.Lists.Single(l => l.Year == 2017 && l.Scope == MembershipScope.National);
        var list = Knowledge.PassagesById[national2017.PassageId];
        Assert.Equal(PassageKind.List, list.Kind);
        Assert.StartsWith("Miasto Poznań jest członkiem 15 krajowych organizacji", Flat.Of(list.Text), StringComparison.Ordinal);
        Assert.Contains("Są to", Flat.Of(national2017.IntroSentence), StringComparison.Ordinal);
        Assert.EndsWith("Wielkopolski Klaster Teleinformatyczny.", list.Text, StringComparison.Ordinal);
        var items = Knowledge.Passages.Where(p => p.ParentId == list.Id).ToArray();
        Assert.Equal(15, items.Length);
        Assert.All(items, i => Assert.Equal(PassageKind.ListItem, i.Kind));
        Assert.Equal("Organizacje krajowe", list.Section);
    }

    [Fact]
    public void Seeds_HeadingRightAfterAList_StartsItsOwnSection()
    {
        var ecm = Knowledge.Passages.Single(p => p.Kind == PassageKind.List && Flat.Of(p.Text).StartsWith("W 2017 r. odbyły się:", StringComparison.Ordinal));
        Assert.Equal("Organizacje międzynarodowe › European Cities Marketing (ECM)", ecm.Section);
        Assert.DoesNotContain(Knowledge.Passages, p => p.Text.Contains("kart.\nEuropean", StringComparison.Ordinal));
    }

    [Fact]
    public void Seeds_Rebuild_GivesTheSameIds()
    {
        var again = KnowledgeLoader.LoadFolder(TestPaths.Seeds).Knowledge;
        Assert.Equal(Knowledge.Passages.Select(p => p.Id), again.Passages.Select(p => p.Id));
        Assert.Equal(Knowledge.Memberships.Select(p => p.Id), again.Memberships.Select(p => p.Id));
        Assert.Equal(Knowledge.Passages.Count, Knowledge.Passages.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void Seeds_WithoutManifest_YearIsReadFromTheTextWithEvidence()
    {
        using var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(TestPaths.Seeds, "*.txt"))
        {
            folder.WriteBytes(Path.GetFileName(file), File.ReadAllBytes(file));
        }

        var knowledge = KnowledgeLoader.LoadFolder(folder.Path).Knowledge;
        Assert.Equal([2017, 2023], knowledge.Reports.Select(r => r.Year!.Value));
        Assert.Contains("W 2017 r.", Flat.Of(knowledge.Reports[0].YearEvidence), StringComparison.Ordinal);
        Assert.Contains("w 2023 r.", Flat.Of(knowledge.Reports[1].YearEvidence), StringComparison.Ordinal);
        Assert.Equal(11 + 15 + 16, knowledge.Memberships.Count);
    }

    [Fact]
    public void Seeds_Diff2017To2023_SeesRenamesThroughTheRegistry()
    {
        var diff = FactsDiffer.Compare(Knowledge, 2017, 2023, MembershipScope.National);
        Assert.Contains(diff.Renamed, c => c.After!.NameAsWritten == "Metropolia Poznań" && c.Before!.NameAsWritten == "Stowarzyszenie Metropolia Poznań");
        Assert.Contains(diff.Renamed, c => c.After!.NameAsWritten == "Wielkopolski Ośrodek Kształcenia i Studiów Samorządowych");
        Assert.Contains(diff.Unchanged, c => c.After!.NameAsWritten == "Stowarzyszenie gmin, powiatów i województw „Droga S 11”");
        Assert.Contains(diff.Joined, c => c.After!.NameAsWritten == "Stowarzyszenie Producentów Energii z Odpadów");
        Assert.Contains(diff.Left, c => c.Before!.NameAsWritten == "Fundacja Poznań – Ille et Vilaine");
        Assert.Equal(15, diff.Left.Count + diff.Renamed.Count + diff.Unchanged.Count);
        Assert.Equal(16, diff.Joined.Count + diff.Renamed.Count + diff.Unchanged.Count);
    }
}

using PoznanAsk.Answering.Service;
using PoznanAsk.Answering.Tests.Support;
using PoznanAsk.Knowledge;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Tests.Service;

public sealed class ReportServiceTests(SearchEngineFixture fixture) : IClassFixture<SearchEngineFixture>
{
    private IReportService Sut => fixture.Engine.Reports;

    [Fact]
    public void Years_Seeds_AreTheTwoReportYears() => Assert.Equal([2017, 2023], Sut.Years);

    [Theory]
    [InlineData(2017, MembershipScope.International, 11)]
    [InlineData(2017, MembershipScope.National, 15)]
    [InlineData(2023, MembershipScope.National, 16)]
    [InlineData(2023, MembershipScope.International, 0)]
    public void Facts_YearAndScope_ListTheItems(int year, MembershipScope scope, int count)
    {
        var rows = Sut.Facts(new FactQuery(year, scope));

        Assert.Equal(count, rows.Count);
        // The knowledge layer writes names with plain spaces; quotes keep the report's no-break spaces.
        Assert.All(rows, r => Assert.Equal(Spaces(r.NameAsWritten), Spaces(r.Citation.Quote.TrimEnd(';', '.', ' '))));
    }

    private static string Spaces(string s) => string.Join(' ', s.Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Zwiazku Miast Polskich")]
    [InlineData("ZMP")]
    [InlineData("związek miast polskich")]
    public void Facts_OrganisationAsTyped_ResolvedThroughTheLinker(string organisation)
    {
        var rows = Sut.Facts(new FactQuery(Organisation: organisation));

        Assert.Equal([2017, 2023], rows.Select(r => r.Year));
        Assert.All(rows, r => Assert.Equal("Związek Miast Polskich", r.Organisation));
    }

    [Fact]
    public void Facts_UnknownOrganisation_Empty() => Assert.Empty(Sut.Facts(new FactQuery(Organisation: "NATO")));

    [Fact]
    public void Diff_2017To2023_JoinedLeftRenamedOnComparableScopes()
    {
        var diff = Sut.Diff(2017, 2023);

        Assert.Contains(diff.Joined, r => r.NameAsWritten.StartsWith("Klaster Turystyczny", StringComparison.Ordinal));
        Assert.Contains(diff.Left, r => r.NameAsWritten.Contains("Ille et Vilaine", StringComparison.Ordinal));
        Assert.DoesNotContain(diff.Left, r => r.Scope == MembershipScope.International);
        Assert.Contains(diff.Renamed, r => r.Before.NameAsWritten == "Stowarzyszenie Metropolia Poznań" && r.After.NameAsWritten == "Metropolia Poznań");
        Assert.Equal(16, diff.Joined.Count + diff.Renamed.Count + diff.Unchanged.Count);
    }

    [Fact]
    public void Diff_UncoveredYear_ThrowsNamingCoveredYears()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Sut.Diff(2015, 2023));

        Assert.Contains("2017", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Word_HitsWithHighlightsInsideSnippets()
    {
        var response = Sut.Search(new SearchRequest("Antwerpii", Kind: "passage"));

        var hit = Assert.Single(response.Hits);
        Assert.Equal(2017, hit.Year);
        var snippet = Assert.Single(hit.Snippets, s => s.Highlights.Count > 0);
        Assert.All(snippet.Highlights, h => Assert.Equal("Antwerpii", snippet.Text.Substring(h.Start, h.Length)));
    }

    [Fact]
    public void Search_YearFilter_OnlyThatYear()
    {
        var response = Sut.Search(new SearchRequest("Miasto Poznań członkiem", Year: 2023));

        Assert.NotEmpty(response.Hits);
        Assert.All(response.Hits, h => Assert.Equal(2023, h.Year));
    }

    [Fact]
    public void Search_FactKind_ReturnsMembershipFacts()
    {
        var response = Sut.Search(new SearchRequest("\"Unia Metropolii Polskich\"", Kind: "fact"));

        Assert.Equal(2, response.TotalHits);
        Assert.All(response.Hits, h => Assert.Equal("fact", h.Kind));
        Assert.Equal([2017, 2023], response.Hits.Select(h => h.Year ?? 0).Order());
    }

    [Fact]
    public void Search_UnknownKind_Rejected() =>
        Assert.Throws<ArgumentException>(() => Sut.Search(new SearchRequest("EUROCITIES", Kind: "people")));

    [Theory]
    [InlineData("\"unclosed")]
    [InlineData("(eurocities")]
    [InlineData("eurocities AND")]
    [InlineData("text:")]
    public void Search_BadSyntax_InvalidQueryWithPosition(string query)
    {
        var ex = Assert.Throws<InvalidQueryException>(() => Sut.Search(new SearchRequest(query)));

        Assert.InRange(ex.Position, 0, query.Length);
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }

    [Theory]
    [InlineData("zwiazek miast", "Związek Miast Polskich")]
    [InlineData("\"Walne Zgromadzenie\"", "Walne Zgromadzenie")]
    [InlineData("+ECM +Dubrowniku", "Dubrowniku")]
    [InlineData("organisation:eurocities", "EUROCITIES")]
    public void Search_LuceneSyntax_ThroughTheSearchEngine(string query, string expected)
    {
        var response = Sut.Search(new SearchRequest(query));

        Assert.Contains(response.Hits, h => h.Snippets.Any(s => s.Text.Contains(expected, StringComparison.Ordinal)));
    }

    /// <summary>One query path: there is no search without the Polish analysis (missing resources stop the start, see PoznanAskEngineTests).</summary>
    [Fact]
    public void Create_WithoutAnalysis_Refused() =>
        Assert.Throws<ArgumentNullException>(() => PoznanAskEngine.Create(Corpora.Knowledge(Corpora.Seeds), null!));

    [Fact]
    public void Search_YearInTheQuery_OnlyThatYearsPassages()
    {
        var hits = Sut.Search(new SearchRequest("Antwerpii year:2017", Kind: "passage")).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(2017, h.Year));
    }

    [Fact]
    public void Search_ExcludedTerm_RemovesHits()
    {
        var all = Sut.Search(new SearchRequest("konferencja"));
        var without = Sut.Search(new SearchRequest("konferencja -Dubrowniku"));

        Assert.True(without.TotalHits < all.TotalHits);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Search_TopOutOfRange_Throws(int top) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Sut.Search(new SearchRequest("EUROCITIES", Top: top)));
}

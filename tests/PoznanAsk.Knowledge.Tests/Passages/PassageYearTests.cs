using PoznanAsk.Knowledge.Ingest;

namespace PoznanAsk.Knowledge.Tests.Passages;

/// <summary>A file without a report year (a listing page of teasers from several years) dates each passage by the year it states itself.</summary>
public sealed class PassageYearTests
{
    private const string Listing = """
        # source: https://badam.poznan.pl/category/wspolpraca/
        # year: undated
        # kind: report

        Działalność stowarzyszenia

        W 2019 r. w ramach programu podpisano 41 umów na kwotę 120 mln zł. […]

        Read More…

        W 2016 r. stowarzyszenie liczyło 23 gminy członkowskie, a w 2016 r. dołączyły kolejne. […]

        Stowarzyszenie wspiera rozwój gmin i powiatów, a także współpracę samorządów w regionie, co pozwala realizować wspólne projekty.
        """;

    public static TheoryData<string, int?> Years => new()
    {
        { "W 2019 r. w ramach programu podpisano 41 umów", 2019 },
        { "W 2016 r. stowarzyszenie liczyło 23 gminy", 2016 },
        { "Stowarzyszenie wspiera rozwój gmin", null },
    };

    [Theory]
    [MemberData(nameof(Years))]
    public void Build_UndatedFile_PassageYearIsTheYearItStates(string start, int? year)
    {
        var report = ReportParser.Parse("lista.txt", System.Text.Encoding.UTF8.GetBytes(Listing), null);

        Assert.Null(report.Info.Year);
        Assert.Equal(year, Assert.Single(report.Passages, p => p.Text.StartsWith(start, StringComparison.Ordinal)).Year);
    }

    [Fact]
    public void Build_DatedFile_EveryPassageHasTheReportYear()
    {
        var report = ReportParser.Parse("lista.txt", System.Text.Encoding.UTF8.GetBytes(Listing.Replace("undated", "2020", StringComparison.Ordinal)), null);

        Assert.All(report.Passages, p => Assert.Equal(2020, p.Year));
    }
}

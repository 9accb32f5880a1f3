using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Reading;

namespace PoznanAsk.Knowledge.Tests.Reading;

/// <summary>The "# source:/# year:/# kind:" lines a stored page copy starts with are metadata, never passages.</summary>
public sealed class PageHeaderTests
{
    private const string Body = "Miasto Poznań w 2021 r. było członkiem 12 krajowych organizacji.\n\nW 2021 r. odbyło się 5 spotkań Zarządu.\n";

    private static ParsedReport Parse(string text, ManifestEntry? manifest = null, string file = "strona.txt") =>
        ReportParser.Parse(file, System.Text.Encoding.UTF8.GetBytes(text), manifest);

    public static TheoryData<string, string?, int?, bool, string?> Headers => new()
    {
        { "# source: https://badam.poznan.pl/2021/wspolpraca/\n# year: 2021\n# kind: report\n\n" + Body, "https://badam.poznan.pl/2021/wspolpraca/", 2021, false, "report" },
        { "# source: https://www.poznan.pl/mim/2025,p,1.html\n# year: undated\n# kind: distractor\n\n" + Body, "https://www.poznan.pl/mim/2025,p,1.html", null, true, "distractor" },
        { "\uFEFF# url: https://badam.poznan.pl/x/\r\n# title: Budżet Miasta\r\n\r\n" + Body, "https://badam.poznan.pl/x/", null, false, null },
        { "# year: 2019\n" + "", null, 2019, false, null },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Read_LeadingMetadataLines_GivesUrlYearAndKind(string text, string? url, int? year, bool undated, string? kind)
    {
        var header = PageHeader.Read(text);

        Assert.NotNull(header);
        Assert.Equal(url, header.Url);
        Assert.Equal(year, header.Year);
        Assert.Equal(undated, header.Undated);
        Assert.Equal(kind, header.Kind);
        Assert.True(text[header.BodyStart..].TrimStart().Length == 0 || text[header.BodyStart..].TrimStart('\r', '\n').StartsWith("Miasto", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Miasto Poznań\n# year: 2021\n\nTekst.")] // not at the start
    [InlineData("# Organizacje krajowe\n\nTekst.")] // a Markdown heading, not a known key
    [InlineData("# source: https://badam.poznan.pl/\nW 2021 r. Miasto …\n")] // no blank line after the block
    public void Read_NoHeaderBlock_Null(string text) => Assert.Null(PageHeader.Read(text));

    [Fact]
    public void Parse_HeaderLines_NoPassageAndUrlAndYearFromTheHeader()
    {
        var report = Parse("# source: https://badam.poznan.pl/2019/wspolpraca/\n# year: 2019\n# kind: report\n\n" + Body);

        Assert.DoesNotContain(report.Passages, p => p.Text.Contains("# ", StringComparison.Ordinal) || p.Text.Contains("source", StringComparison.Ordinal));
        Assert.Equal("https://badam.poznan.pl/2019/wspolpraca/", report.Info.Url);
        Assert.Equal(2019, report.Info.Year);
        Assert.All(report.Passages, p => Assert.Equal(2019, p.Year));
        Assert.Equal(2, report.Passages.Count);
    }

    [Fact]
    public void Parse_UndatedHeader_NoReportYearGuessedFromAddressOrText()
    {
        var report = Parse("# source: https://badam.poznan.pl/2021/wspolpraca/\n# year: undated\n# kind: report\n\n" + Body);

        Assert.Null(report.Info.Year);
    }

    [Fact]
    public void Parse_ManifestYear_WinsOverTheHeader()
    {
        var report = Parse("# year: undated\n\n" + Body, new ManifestEntry("strona.txt", null, 2020, null, null));

        Assert.Equal(2020, report.Info.Year);
    }

    [Fact]
    public void Parse_NotAReportPage_NoPassagesNoFactsAndAWarning()
    {
        var report = Parse("# source: https://www.poznan.pl/mim/news/\n# year: undated\n# kind: distractor\n\n" + Body);

        Assert.Empty(report.Passages);
        Assert.Empty(report.Memberships);
        Assert.Null(report.Info.Year);
        Assert.Contains(report.Warnings, w => w.Code == "not-a-report");
    }

    [Fact]
    public void Parse_MarkdownWithHeader_HeaderIsNoHeading()
    {
        var report = Parse("# source: https://badam.poznan.pl/2022/x/\n# year: 2022\n\n# Organizacje krajowe\n\n" + Body, file: "strona.md");

        Assert.Equal("Organizacje krajowe", report.Passages[0].Section);
        Assert.DoesNotContain(report.Passages, p => p.Text.StartsWith("source", StringComparison.Ordinal));
    }
}

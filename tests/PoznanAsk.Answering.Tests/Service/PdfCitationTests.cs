using PoznanAsk.Answering.Service;
using PoznanAsk.Knowledge.Tests.Support;
using PoznanAsk.Testing;

namespace PoznanAsk.Answering.Tests.Service;

/// <summary>Answers over a whole year's report PDF cite the pages the quotes are on ("s. N", URL #page=N).</summary>
public sealed class PdfCitationTests : IDisposable
{
    private const string Url = "https://bip.poznan.pl/public/bip/raport-o-stanie-miasta-2023.pdf";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "poznanask-pdf-citations-" + Guid.NewGuid().ToString("N"));
    private readonly ReportPdf _pdf = YearReportPdf.Create(2023, pages: 40, membershipPage: 23);

    public PdfCitationTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllBytes(Path.Combine(_dir, "raport-2023.pdf"), _pdf.Build());
        File.WriteAllText(Path.Combine(_dir, "manifest.json"),
            "{\"format\": \"poznanask-reports-manifest\", \"version\": 1, \"reports\": [{\"file\": \"raport-2023.pdf\", \"url\": \"" + Url + "\"}]}");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Ask_ListOfTheYear_EveryCitationNamesTheListsPage()
    {
        using var engine = PoznanAskEngine.Open(new EngineOptions { ReportsPath = _dir, IndexPath = Path.Combine(_dir, ".index"), ResourcesPath = TestPaths.Resources });
        var page = _pdf.Pages[YearReportPdf.InternationalIntro(2023)];

        var answer = engine.Ask("Do jakich organizacji międzynarodowych należał Poznań w 2023 r.?");

        Assert.True(answer.Found);
        Assert.True(page >= 23, $"the list must be deep in the report, is on page {page}");
        Assert.NotEmpty(answer.Citations);
        Assert.All(answer.Citations, c =>
        {
            Assert.Equal(page, c.Page);
            Assert.Equal($"s. {page}", c.PageLabel);
            Assert.Equal($"{Url}#page={page}", c.Url);
        });
        Assert.Equal(YearReportPdf.International.Length, answer.Facts.Count(f => f.Kind == "membership"));
    }

    [Fact]
    public void Ask_IsMemberNational_CitesTheNationalListsPage()
    {
        using var engine = PoznanAskEngine.Open(new EngineOptions { ReportsPath = _dir, IndexPath = Path.Combine(_dir, ".index"), ResourcesPath = TestPaths.Resources });

        var answer = engine.Ask("Czy Poznań należał do Unii Metropolii Polskich w 2023 r.?");

        Assert.True(answer.Found);
        // The item and the intro are on one page: one citation, the list, names the page.
        var list = Assert.Single(answer.Citations, c => c.Quote.Contains("Unia Metropolii Polskich", StringComparison.Ordinal));
        Assert.StartsWith(YearReportPdf.NationalIntro(2023), list.Quote, StringComparison.Ordinal);
        Assert.Equal(_pdf.Pages["Unia Metropolii Polskich;"], list.Page);
        Assert.EndsWith($"#page={list.Page}", list.Url, StringComparison.Ordinal);
        Assert.EndsWith($"s. {list.Page}", list.Label, StringComparison.Ordinal);
    }
}

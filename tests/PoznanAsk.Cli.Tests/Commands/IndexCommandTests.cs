using System.Text.Json;
using PoznanAsk.Cli.Tests.Support;
using PoznanAsk.Knowledge.Tests.Support;

namespace PoznanAsk.Cli.Tests.Commands;

/// <summary><c>poznanask index</c> over a year's PDF and a saved page: a line per file when not a terminal, the summary, the same as JSON.</summary>
public sealed class IndexCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "poznanask-cli-index-" + Guid.NewGuid().ToString("N"));
    private readonly ReportPdf _pdf = YearReportPdf.Create(2023, pages: 24, membershipPage: 12);

    public IndexCommandTests()
    {
        var reports = Path.Combine(_root, "reports");
        Directory.CreateDirectory(reports);
        File.WriteAllBytes(Path.Combine(reports, "raport-2023.pdf"), _pdf.Build());
        File.WriteAllText(Path.Combine(reports, "notatki.docx"), "nie raport");
        File.WriteAllText(Path.Combine(reports, "wspolpraca-2019.html"),
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Współpraca</title><link rel=\"canonical\" href=\"https://badam.poznan.pl/2019/wspolpraca/\"></head>" +
            "<body><nav><a href=\"/\">Start</a></nav><main><h1>Współpraca</h1><p>Miasto Poznań było członkiem 2 organizacji krajowych:</p>" +
            "<ul><li>Związek Miast Polskich;</li><li>Unia Metropolii Polskich.</li></ul></main><footer>Urząd Miasta Poznania</footer></body></html>");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string[] Folders => ["--reports", Path.Combine(_root, "reports"), "--index", Path.Combine(_root, "index")];

    [Fact]
    public void Index_PdfAndSavedPage_LinePerFileAndSummaryByYearAndScope()
    {
        var result = CliRunner.Run(null, ["index", .. Folders]);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\[\d/2\] raport-2023\.pdf: 24 str\., \d+ fragmentów", result.Stderr);
        Assert.Matches(@"\[\d/2\] wspolpraca-2019\.html: \d+ fragmentów", result.Stderr);
        Assert.Contains("Strony (PDF): 24,", result.Stdout);
        Assert.Contains($"  2023: międzynarodowe {YearReportPdf.International.Length}, krajowe {YearReportPdf.National.Length}", result.Stdout);
        Assert.Contains("  2019: krajowe 2", result.Stdout);
        Assert.Contains("Pominięte pliki (1):", result.Stdout);
        Assert.Contains("notatki.docx: format „.docx” nie jest raportem", result.Stdout);
    }

    [Fact]
    public void IndexJson_Again_SameSummaryAndNoWork()
    {
        CliRunner.Run(null, ["index", .. Folders]);

        var again = CliRunner.Run(null, ["index", "--json", .. Folders]);

        Assert.Equal(0, again.ExitCode);
        using var doc = JsonDocument.Parse(again.Stdout);
        var report = doc.RootElement.GetProperty("report");
        Assert.Equal(24, report.GetProperty("pages").GetInt32());
        Assert.Equal(0, report.GetProperty("added").GetArrayLength() + report.GetProperty("updated").GetArrayLength());
        Assert.Equal(2, report.GetProperty("unchanged").GetArrayLength());
        var byYear = report.GetProperty("factsByYear").EnumerateArray().Select(f => $"{f.GetProperty("year").GetInt32()}:{f.GetProperty("scope").GetString()}:{f.GetProperty("facts").GetInt32()}").ToArray();
        Assert.Equal(["2019:national:2", $"2023:international:{YearReportPdf.International.Length}", $"2023:national:{YearReportPdf.National.Length}"], byYear);
        Assert.Equal("notatki.docx", report.GetProperty("skipped")[0].GetProperty("source").GetString());
    }

    [Fact]
    public void Index_TruncatedPdf_ClearErrorNamingTheFileNoStackTrace()
    {
        CliRunner.Run(null, ["index", .. Folders]);
        var pdf = Path.Combine(_root, "reports", "raport-2023.pdf");
        var bytes = File.ReadAllBytes(pdf);
        File.WriteAllBytes(pdf, bytes[..(bytes.Length / 2)]);

        var result = CliRunner.Run(null, ["index", .. Folders]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("raport-2023.pdf: PDF jest ucięty", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }
}

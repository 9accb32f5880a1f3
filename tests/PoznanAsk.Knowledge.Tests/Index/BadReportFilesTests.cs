using System.Text;
using PoznanAsk.Knowledge.Index;
using PoznanAsk.Knowledge.Tests.Support;

namespace PoznanAsk.Knowledge.Tests.Index;

/// <summary>Each kind of bad report file gives its own clear message naming the file, and the index stays as it was.</summary>
public sealed class BadReportFilesTests : IDisposable
{
    private readonly TempFolder _reports = new();
    private readonly TempFolder _index = new();

    public void Dispose()
    {
        _reports.Dispose();
        _index.Dispose();
    }

    private static byte[] GoodPdf(string? password = null) => new ReportPdf { UserPassword = password }
        .Heading("Organizacje krajowe", 1)
        .Paragraph("W 2022 r. Miasto Poznań należało do 2 organizacji krajowych:")
        .Bullets("Związek Miast Polskich;", "Unia Metropolii Polskich.")
        .Build();

    public static TheoryData<string, string> BadFiles => new()
    {
        { "ucięty", "ucięty" },
        { "zaszyfrowany", "zaszyfrowany" },
        { "skan", "OCR" },
        { "pusty", "0 bajtów" },
        { "kodowanie", "deklaruje kodowanie UTF-8" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Update_BadFile_OwnMessageNamingTheFileAndThePreviousIndexStays(string kind, string expected)
    {
        _reports.WriteBytes("raport-2022.pdf", GoodPdf());
        _reports.Write("raport-2021.txt", SyntheticReports.Plain2019.Replace("2019", "2021", StringComparison.Ordinal));
        var index = KnowledgeIndex.OpenOrCreate(_index.Path, Support.Analysis.WithLemmas);
        index.Update(_reports.Path);
        var before = Json.Of(index.Knowledge);
        var generation = index.Current.Generation;

        var (file, bytes) = kind switch
        {
            "ucięty" => ("raport-2022.pdf", GoodPdf()[..^200]),
            "zaszyfrowany" => ("raport-2020.pdf", GoodPdf(password: "tajne")),
            "skan" => ("raport-2019-skan.pdf", ReportPdf.ImageOnly(3)),
            "pusty" => ("raport-2021.txt", Array.Empty<byte>()),
            _ => ("raport-2018.html", Encoding.GetEncoding(1250).GetBytes(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Raport 2018</title></head><body><main><p>W 2018 r. Miasto Poznań należało do Związku Miast Polskich.</p></main></body></html>")),
        };
        _reports.WriteBytes(file, bytes);
        var error = Assert.Throws<KnowledgeException>(() => index.Update(_reports.Path));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(generation, index.Current.Generation);
        var reopened = KnowledgeIndex.Open(_index.Path, Support.Analysis.WithLemmas);
        Assert.Equal(generation, reopened.Current.Generation);
        Assert.Equal(before, Json.Of(reopened.Knowledge));
        Assert.Contains(reopened.Knowledge.Passages, p => p.Source == "raport-2022.pdf" && p.Page == 1);
    }

    [Fact]
    public void Update_ChangedPdf_ReplacesExactlyItsOwnPassagesAndFacts()
    {
        _reports.WriteBytes("raport-2022.pdf", GoodPdf());
        _reports.Write("raport-2021.txt", SyntheticReports.Plain2019.Replace("2019", "2021", StringComparison.Ordinal));
        var index = KnowledgeIndex.OpenOrCreate(_index.Path, Support.Analysis.WithLemmas);
        index.Update(_reports.Path);
        var others = System.Text.Json.JsonSerializer.Serialize(index.Knowledge.Passages.Where(p => p.Source != "raport-2022.pdf").ToArray());

        _reports.WriteBytes("raport-2022.pdf", new ReportPdf()
            .Heading("Organizacje krajowe", 1)
            .Paragraph("W 2022 r. Miasto Poznań należało do 3 organizacji krajowych:")
            .Bullets("Związek Miast Polskich;", "Unia Metropolii Polskich;", "Stowarzyszenie Metropolia Poznań.")
            .Build());
        var report = index.Update(_reports.Path);

        Assert.Equal(["raport-2022.pdf"], report.Updated);
        Assert.Equal(["raport-2021.txt"], report.Unchanged);
        Assert.Equal(["Związek Miast Polskich", "Unia Metropolii Polskich", "Stowarzyszenie Metropolia Poznań"],
            index.Knowledge.Memberships.Where(m => m.Year == 2022).Select(m => m.NameAsWritten));
        Assert.Equal(others, System.Text.Json.JsonSerializer.Serialize(index.Knowledge.Passages.Where(p => p.Source != "raport-2022.pdf").ToArray()));
        var reopened = KnowledgeIndex.Open(_index.Path, Support.Analysis.WithLemmas);
        Assert.Equal(3, reopened.Knowledge.Memberships.Count(m => m.Year == 2022));
        Assert.Equal(Json.Of(index.Knowledge), Json.Of(reopened.Knowledge));
    }
}

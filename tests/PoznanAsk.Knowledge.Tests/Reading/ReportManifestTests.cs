using PoznanAsk.Knowledge.Reading;

namespace PoznanAsk.Knowledge.Tests.Reading;

public sealed class ReportManifestTests
{
    [Fact]
    public void Parse_ValidManifest_GivesEntriesByFile()
    {
        var json = """
            { "format": "poznanask-reports-manifest", "version": 1, "reports": [
              { "file": "r2019.txt", "title": "Raport 2019", "year": 2019, "section": "I → II", "url": "https://example.invalid/2019" },
              { "file": "r2020.html" } ] }
            """;
        var entries = ReportManifest.Parse(json);
        Assert.Equal(new ManifestEntry("r2019.txt", "Raport 2019", 2019, "I → II", "https://example.invalid/2019"), entries["r2019.txt"]);
        Assert.Null(entries["r2020.html"].Year);
    }

    [Theory]
    [InlineData("{ \"version\": 1, \"reports\": [] }", "format")]
    [InlineData("{ \"format\": \"poznanask-reports-manifest\", \"version\": 2, \"reports\": [] }", "wersja")]
    [InlineData("{ \"format\": \"poznanask-reports-manifest\", \"version\": 1 }", "reports")]
    [InlineData("{ \"format\": \"poznanask-reports-manifest\", \"version\": 1, \"reports\": [ { \"year\": 2019 } ] }", "file")]
    [InlineData("{ nie json", "JSON")]
    public void Parse_BadManifest_IsAClearError(string json, string mentions)
    {
        var error = Assert.Throws<KnowledgeException>(() => ReportManifest.Parse(json, "manifest.json"));
        Assert.Contains("manifest.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(mentions, error.Message, StringComparison.Ordinal);
    }
}

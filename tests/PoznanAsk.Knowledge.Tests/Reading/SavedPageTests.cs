using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Tests.Support;

namespace PoznanAsk.Knowledge.Tests.Reading;

/// <summary>A whole saved page of the site reads as its article: same passages and facts, furniture gone, pictures as captions.</summary>
public sealed class SavedPageTests
{
    private static ParsedReport Parse(string html) => ReportParser.Parse("aktywnosc.html", System.Text.Encoding.UTF8.GetBytes(html), null);

    private static string[] Content(ParsedReport report) =>
        [.. report.Passages.Where(p => p.Kind != PassageKind.Caption).Select(p => $"{p.Kind}|{p.Section}|{p.Start}-{p.End}|{p.Text}")];

    private static string[] Facts(ParsedReport report) =>
        [.. report.Memberships.Select(m => $"{m.Year}|{m.Scope}|{m.NameAsWritten}|{m.Start}-{m.End}")];

    [Fact]
    public void Parse_FullSavedPage_SamePassagesAndFactsAsTheArticleAlone()
    {
        var alone = Parse(SavedPage.Excerpt());
        var full = Parse(SavedPage.FullPage(SavedPage.Article + SavedPage.Figure));

        Assert.Equal(Content(alone), Content(full));
        Assert.Equal(Facts(alone), Facts(full));
        Assert.Equal(5, full.Memberships.Count);
        Assert.Equal(alone.Info.Year, full.Info.Year);
    }

    [Fact]
    public void Parse_FullSavedPage_MenusBreadcrumbsCookiesShareAndFooterDropped()
    {
        var full = Parse(SavedPage.FullPage(SavedPage.Article + SavedPage.Figure));
        var text = string.Join("\n", full.Passages.Select(p => p.Text));

        foreach (var furniture in new[] { "cookies", "Akceptuję", "Finanse", "Strona główna", "Zobacz też", "Miasta partnerskie", "Facebook", "Twitter", "Kolegiacki", "Deklaracja", "logo miasta" })
        {
            Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_ImageAltAndFigureCaption_CaptionPassagesInTheirSection()
    {
        var full = Parse(SavedPage.FullPage(SavedPage.Article + SavedPage.Figure));

        var captions = full.Passages.Where(p => p.Kind == PassageKind.Caption).ToArray();
        Assert.Equal(["Delegacja Poznania na forum EUROCITIES", "Forum EUROCITIES w Lipsku, listopad 2019 r."], captions.Select(c => c.Text));
        Assert.All(captions, c => Assert.Equal("Aktywność w organizacjach międzynarodowych i krajowych › Organizacje krajowe", c.Section));
        Assert.All(captions, c => Assert.True(c.Start > full.Passages.Where(p => p.Kind != PassageKind.Caption).Max(p => p.End)));
        Assert.DoesNotContain(full.Memberships, m => m.NameAsWritten.Contains("Delegacja", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NoManifest_CanonicalUrlTitleAndYearFromThePage()
    {
        var full = Parse(SavedPage.FullPage(SavedPage.Article.Replace("W 2019 r.", "W tym roku", StringComparison.Ordinal)));

        Assert.Equal("https://badam.poznan.pl/2019/aktywnosc-w-organizacjach-miedzynarodowych-i-krajowych/", full.Info.Url);
        Assert.Equal("Aktywność w organizacjach międzynarodowych i krajowych", full.Info.Title);
        Assert.Equal(2019, full.Info.Year);
        Assert.StartsWith("URL", full.Info.YearEvidence, StringComparison.Ordinal);
        Assert.All(full.Passages, p => Assert.Equal(full.Info.Url, p.Url));
    }

    [Fact]
    public void Parse_ManifestEntry_WinsOverThePageHead()
    {
        var entry = new Knowledge.Reading.ManifestEntry("aktywnosc.html", "Raport 2019 – współpraca", 2019, null, "https://example.org/raport");
        var report = ReportParser.Parse("aktywnosc.html", System.Text.Encoding.UTF8.GetBytes(SavedPage.FullPage(SavedPage.Article)), entry);

        Assert.Equal("https://example.org/raport", report.Info.Url);
        Assert.Equal("Raport 2019 – współpraca", report.Info.Title);
    }

    [Fact]
    public void Parse_LogosOnlyAfterAListIntro_WarningAndCaptionsNoFacts()
    {
        const string logos = "<h2>Sieci tematyczne</h2><p>Miasto Poznań należy także do sieci:</p>" +
            "<div class=\"logos\"><a href=\"https://polis.example\"><img src=\"polis.png\" alt=\"Polis Network\"></a><img src=\"oasc.png\" alt=\"Open &amp; Agile Smart Cities\"></div>";
        var full = Parse(SavedPage.FullPage(SavedPage.Article + logos));

        var warning = Assert.Single(full.Warnings, w => w.Code == "list-images");
        Assert.Equal("aktywnosc.html", warning.Source);
        Assert.Contains(full.Passages, p => p.Kind == PassageKind.Caption && p.Text == "Polis Network");
        Assert.DoesNotContain(full.Memberships, m => m.NameAsWritten.Contains("Polis", StringComparison.Ordinal));
    }
}

using PoznanAsk.Answering.Answers;

namespace PoznanAsk.Answering.Tests.Answers;

public sealed class CitationTests
{
    [Theory]
    [InlineData("https://bip.poznan.pl/raport-2023.pdf", 214, "https://bip.poznan.pl/raport-2023.pdf#page=214")]
    [InlineData("https://bip.poznan.pl/raport-2023.pdf#page=3", 214, "https://bip.poznan.pl/raport-2023.pdf#page=214")]
    [InlineData("https://badam.poznan.pl/2023/wspolpraca", null, "https://badam.poznan.pl/2023/wspolpraca")]
    [InlineData(null, 214, null)]
    public void UrlAt_PageKnownOrNot_PageFragmentOnlyWithPage(string? url, int? page, string? expected)
    {
        Assert.Equal(expected, Citation.UrlAt(url, page));
    }

    [Fact]
    public void PageLabel_PdfCitation_SaysStrona()
    {
        var citation = new Citation(1, "p-1", "raport-2023.pdf", 2023, "Współpraca", "Związek Miast Polskich", 10, 31, null, 214);

        Assert.Equal("s. 214", citation.PageLabel);
        Assert.Null((citation with { Page = null }).PageLabel);
    }
}

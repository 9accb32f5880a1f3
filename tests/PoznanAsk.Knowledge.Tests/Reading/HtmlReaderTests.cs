using PoznanAsk.Knowledge.Reading;

namespace PoznanAsk.Knowledge.Tests.Reading;

public sealed class HtmlReaderTests
{
    [Fact]
    public void Read_Page_TakesMainContentWithHeadingsListsAndParagraphs()
    {
        var html = "<html><body><header><h1>Menu serwisu</h1></header><article><h2>Organizacje  krajowe</h2>" +
            "<p>Miasto jest\n członkiem&nbsp;2 organizacji:</p><ol><li>Alfa <b>Beta</b></li><li>Gamma<ul><li>Delta</li></ul></li></ol>" +
            "<div>Tekst w div <span>z wstawką</span></div></article><footer>stopka</footer></body></html>";
        var document = HtmlReader.Read(html);
        var text = document.Text;
        var shape = document.Blocks.Select(b => b.Kind == BlockKind.List
            ? "L:" + string.Join("|", b.Items.Select(i => i.Of(text)))
            : $"{b.Kind}{b.Level}:{b.Span.Of(text)}").ToArray();
        Assert.Equal(["Heading2:Organizacje krajowe", "Paragraph0:Miasto jest członkiem\u00A02 organizacji:", "L:Alfa Beta|Gamma|Delta", "Paragraph0:Tekst w div z wstawką"], shape);
        Assert.DoesNotContain("Menu", text, StringComparison.Ordinal);
        Assert.DoesNotContain("stopka", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BodyWithoutMain_DropsNavigationAndScripts()
    {
        var document = HtmlReader.Read("<body><nav>Nawigacja</nav><script>alert(1)</script><p>Treść raportu.</p><aside>Reklama</aside></body>");
        Assert.Equal("Treść raportu.", document.Text.Trim());
    }

    [Fact]
    public void Read_BoldOnlyParagraph_IsAHeadingAndBreaksSeparateWords()
    {
        var document = HtmlReader.Read("<main><h2>Współpraca</h2><p><strong>EUROCITIES</strong></p><p>Spotkanie<br>w Brukseli.</p><ul><li><p>Alfa</p><p>opis</p></li></ul><p><b>Uwaga:</b> tekst zwykły.</p></main>");
        var text = document.Text;
        var shape = document.Blocks.Select(b => b.Kind == BlockKind.List
            ? "L:" + string.Join("|", b.Items.Select(i => i.Of(text)))
            : $"{b.Kind}{b.Level}:{b.Span.Of(text)}").ToArray();
        Assert.Equal(["Heading2:Współpraca", "Heading6:EUROCITIES", "Paragraph0:Spotkanie w Brukseli.", "L:Alfa opis", "Paragraph0:Uwaga: tekst zwykły."], shape);
    }
}

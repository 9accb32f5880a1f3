using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Tests.Support;

namespace PoznanAsk.Knowledge.Tests.Reading.Pdf;

/// <summary>A generated report PDF read back: reading order, sections, lists, tables, columns, hyphenation, furniture, pages.</summary>
public sealed class PdfReportReaderTests
{
    private const string Opening = "W 2023 r. Miasto Poznań kontynuowało współpracę z wieloma organizacjami samorządowymi, a jego przedstawiciele uczestniczyli w konferencjach międzynarodowych i spotkaniach roboczych poświęconych rozwojowi miast.";
    private const string Left = "Lewa kolumna opisuje współpracę z miastami partnerskimi w Niemczech i we Francji, w szczególności wymianę młodzieży szkolnej.";
    private const string Right = "Prawa kolumna opisuje projekty realizowane w ramach programu Interreg oraz udział w sieciach tematycznych.";
    private const string Continued = "Ten akapit zaczyna się na jednej stronie i kończy na następnej, bo raport opisuje w nim szczegółowo przedsięwzięcia " +
        "realizowane przez miejskie jednostki organizacyjne, spółki komunalne i organizacje pozarządowe, które współpracowały z miastem przy " +
        "organizacji wydarzeń kulturalnych, sportowych i edukacyjnych w dzielnicach Jeżyce, Wilda, Łazarz, Grunwald i Rataje przez cały rok.";

    private static readonly string[] International = ["EUROCITIES", "European Cities Marketing (ECM)", "Związek Miast Bałtyckich (UBC)"];

    private static (ParsedReport Report, ReportPdf Pdf) Read(bool outline = false)
    {
        var pdf = new ReportPdf { WithOutline = outline, Title = "Raport o stanie Miasta Poznania za 2023 rok" };
        pdf.Heading("Aktywność w organizacjach międzynarodowych i krajowych", 1)
            .Paragraph(Opening)
            .Heading("Organizacje międzynarodowe", 2)
            .Paragraph("Miasto Poznań jest członkiem 3 organizacji międzynarodowych:")
            .Bullets("EUROCITIES;", "European Cities Marketing (ECM);", "Związek Miast Bałtyckich (UBC).")
            .Heading("Składki członkowskie", 2)
            .Table(["Organizacja", "Składka (zł)", "Rok przystąpienia"], ["EUROCITIES", "45 000", "1999"], ["Związek Miast Bałtyckich", "12 500", "2004"])
            .PageBreak()
            .Heading("Współpraca z miastami partnerskimi", 2)
            .TwoColumns([Left], [Right])
            .FillTo(3, (part, n) => part.Paragraph($"Akapit wypełniający numer {n + 1} opisuje bieżącą działalność wydziałów urzędu miasta i jednostek pomocniczych, z liczbami i terminami, jak w raporcie."))
            .NearPageEnd(2)
            .Paragraph(Continued)
            .PageBreak()
            .Heading("Organizacje krajowe", 2)
            .Paragraph("W 2023 r. Miasto Poznań należało do 2 organizacji krajowych:")
            .Bullets("Związek Miast Polskich;", "Unia Metropolii Polskich.");
        var bytes = pdf.Build();
        return (ReportParser.Parse("raport-2023.pdf", bytes, null), pdf);
    }

    [Fact]
    public void Parse_ReportPdf_ListsGiveFactsWithScopeAndYear()
    {
        var (report, _) = Read();

        Assert.Equal(2023, report.Info.Year);
        Assert.Equal(International, report.Memberships.Where(m => m.Scope == MembershipScope.International).Select(m => m.NameAsWritten));
        Assert.Equal(["Związek Miast Polskich", "Unia Metropolii Polskich"], report.Memberships.Where(m => m.Scope == MembershipScope.National).Select(m => m.NameAsWritten));
        Assert.DoesNotContain(report.Warnings, w => w.Code == "count-mismatch");
    }

    [Fact]
    public void Parse_ReportPdf_SectionsFromHeadingSizes()
    {
        var (report, _) = Read();

        var opening = Assert.Single(report.Passages, p => p.Text == Opening);
        Assert.Equal("Aktywność w organizacjach międzynarodowych i krajowych", opening.Section);
        var item = Assert.Single(report.Passages, p => p.Kind == PassageKind.ListItem && p.Text.StartsWith("EUROCITIES", StringComparison.Ordinal));
        Assert.Equal("Aktywność w organizacjach międzynarodowych i krajowych › Organizacje międzynarodowe", item.Section);
    }

    [Fact]
    public void Parse_ReportPdfWithOutline_SectionsFromTheOutline()
    {
        var (report, _) = Read(outline: true);

        var item = Assert.Single(report.Passages, p => p.Kind == PassageKind.ListItem && p.Text.StartsWith("Unia Metropolii", StringComparison.Ordinal));
        Assert.Equal("Aktywność w organizacjach międzynarodowych i krajowych › Organizacje krajowe", item.Section);
    }

    [Fact]
    public void Parse_HyphenatedLineEnds_WordsJoinedBack()
    {
        var (report, pdf) = Read();

        Assert.True(pdf.Hyphenations > 0, "the generated PDF must break words at line ends");
        Assert.Contains(report.Passages, p => p.Text == Opening);
        Assert.Contains(report.Passages, p => p.Text == Continued);
    }

    [Fact]
    public void Parse_TwoColumns_LeftColumnThenRight()
    {
        var (report, _) = Read();

        var left = Assert.Single(report.Passages, p => p.Text == Left);
        var right = Assert.Single(report.Passages, p => p.Text == Right);
        Assert.True(left.Start < right.Start);
    }

    [Fact]
    public void Parse_Table_OneParagraphPerRow()
    {
        var (report, _) = Read();

        Assert.Contains(report.Passages, p => p.Kind == PassageKind.Paragraph && p.Text == "EUROCITIES | 45 000 | 1999");
        Assert.Contains(report.Passages, p => p.Kind == PassageKind.Paragraph && p.Text == "Związek Miast Bałtyckich | 12 500 | 2004");
    }

    [Fact]
    public void Parse_RunningHeaderAndPageNumbers_Dropped()
    {
        var (report, _) = Read();

        Assert.DoesNotContain(report.Passages, p => p.Text.Contains("Raport o stanie", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Passages, p => p.Text.Contains("Strona", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_EveryPassage_KnowsThePageItStartsOn()
    {
        var (report, pdf) = Read();

        foreach (var passage in report.Passages.Where(p => p.Kind != PassageKind.List))
        {
            if (pdf.Pages.TryGetValue(passage.Text, out var page))
            {
                Assert.Equal(page, passage.Page);
            }
        }

        Assert.Equal(1, Assert.Single(report.Passages, p => p.Text == Opening).Page);
        Assert.Equal(2, Assert.Single(report.Passages, p => p.Text == Left).Page);
        Assert.Equal(pdf.Pages["Unia Metropolii Polskich."], report.Passages.Single(p => p.Text.StartsWith("Unia Metropolii", StringComparison.Ordinal)).Page);
        Assert.True(pdf.Pages["Unia Metropolii Polskich."] >= 4);
    }

    [Fact]
    public void Parse_ParagraphOverAPageBreak_QuoteOnTheNextPageNamesIt()
    {
        var (report, pdf) = Read();

        var passage = Assert.Single(report.Passages, p => p.Text == Continued);
        var first = pdf.Pages[Continued];
        Assert.Equal(first, passage.Page);
        var breakAt = Assert.Single(passage.PageBreaks!);
        Assert.Equal(first, passage.PageAt(passage.Start));
        Assert.Equal(first + 1, passage.PageAt(passage.End - 1));
        Assert.InRange(breakAt, passage.Start + 1, passage.End - 1);
    }

    [Fact]
    public void Parse_ReportPdf_SourceOffsetsHold()
    {
        var (report, _) = Read();

        Assert.All(report.Passages, p => Assert.Equal(p.Text.Length, p.End - p.Start));
        Assert.Equal("Raport o stanie Miasta Poznania za 2023 rok", report.Info.Title);
    }
}

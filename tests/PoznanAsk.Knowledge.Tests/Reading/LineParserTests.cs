using PoznanAsk.Knowledge.Reading;

namespace PoznanAsk.Knowledge.Tests.Reading;

public sealed class LineParserTests
{
    private static string[] Shape(string text, bool markdown = false)
    {
        var document = LineParser.Parse(text, markdown);
        return document.Blocks.Select(b => b.Kind switch
        {
            BlockKind.Heading => $"H{b.Level}:{b.Span.Of(text)}",
            BlockKind.Paragraph => "P:" + b.Span.Of(text),
            _ => "L:" + string.Join("|", b.Items.Select(i => i.Of(text))),
        }).ToArray();
    }

    public static TheoryData<string, string[]> PlainTexts => new()
    {
        {
            "Organizacje krajowe\n\nMiasto jest członkiem 2 organizacji:\n\n • Alfa;\n • Beta.\nBeta\n\nTekst o Becie.",
            ["H1:Organizacje krajowe", "P:Miasto jest członkiem 2 organizacji:", "L:Alfa;|Beta.", "H1:Beta", "P:Tekst o Becie."]
        },
        {
            "W 2020 r.:\n\n- pierwsze\n  ciąg dalszy\n- drugie\n",
            ["P:W 2020 r.:", "L:pierwsze\n  ciąg dalszy|drugie"]
        },
        {
            "Lista:\n1. Gamma\n2) Delta\n\n3. Epsilon\r\nKoniec tekstu, który jest zdaniem.",
            ["P:Lista:", "L:Gamma|Delta|Epsilon", "P:Koniec tekstu, który jest zdaniem."]
        },
        {
            "Współpraca krajowa\nMiasto Poznań działało w wielu sieciach i organizacjach.",
            ["H1:Współpraca krajowa", "P:Miasto Poznań działało w wielu sieciach i organizacjach."]
        },
        // A table that lost its markup: its title, column header and rows stay content, not headings;
        // a source line is not a heading either.
        {
            "Demografia\n\nLudność zameldowana wg osiedli (31.12. 2018 r.)\nNazwa osiedla Powierzchnia w km2 Liczba mieszkańców\nChartowo 4,5 22 400\nJeżyce 2,0 22 002\n\nŹródło: GUS",
            ["H1:Demografia", "P:Ludność zameldowana wg osiedli (31.12. 2018 r.)\nNazwa osiedla Powierzchnia w km2 Liczba mieszkańców\nChartowo 4,5 22 400\nJeżyce 2,0 22 002", "P:Źródło: GUS"]
        },
        {
            "Dochody\nPodatki i opłaty lokalne 744 mln\nUdziały w podatku dochodowym (CIT) 175 mln zł",
            ["P:Dochody\nPodatki i opłaty lokalne 744 mln\nUdziały w podatku dochodowym (CIT) 175 mln zł"]
        },
        {
            "Akapit zawinięty w dwóch liniach, bo tak\nzapisano go w pliku tekstowym.",
            ["P:Akapit zawinięty w dwóch liniach, bo tak\nzapisano go w pliku tekstowym."]
        },
    };

    [Theory]
    [MemberData(nameof(PlainTexts))]
    public void Parse_PlainText_GivesHeadingsParagraphsAndLists(string text, string[] expected) =>
        Assert.Equal(expected, Shape(text));

    [Fact]
    public void Parse_Markdown_AtxAndSetextHeadingsAndBullets()
    {
        var text = "# Raport 2022 #\n\nOrganizacje\n---\n\n* Alfa\n+ Beta\n\n***\n\nKrótka linia";
        Assert.Equal(["H1:Raport 2022", "H2:Organizacje", "L:Alfa|Beta", "P:Krótka linia"], Shape(text, markdown: true));
    }

    [Fact]
    public void Parse_EmptyOrBlank_HasNoBlocks() =>
        Assert.Empty(LineParser.Parse(" \n\u00A0\n\t", markdown: false).Blocks);
}

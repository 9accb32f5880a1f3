using PoznanAsk.Knowledge.Text;

namespace PoznanAsk.Knowledge.Tests.Text;

public sealed class SentenceSplitterTests
{
    public static TheoryData<string, string[]> Texts => new()
    {
        { "W 2019 r. Miasto Poznań przystąpiło do sieci Healthy Ports. Są to m.in. nowe sieci.", ["W 2019 r. Miasto Poznań przystąpiło do sieci Healthy Ports.", "Są to m.in. nowe sieci."] },
        { "Przeszkolono 2 tys. osób. Prowadzono projekt pn. „Razem”. Koniec!", ["Przeszkolono 2 tys. osób.", "Prowadzono projekt pn. „Razem”.", "Koniec!"] },
        { "Prof. J. Kowalski mówił o ds. Współpracy. Potem przerwa.", ["Prof. J. Kowalski mówił o ds. Współpracy.", "Potem przerwa."] },
        { "Wstęp:\n\n• punkt", ["Wstęp:", "punkt"] },
        { "Rada obradowała w 2019 r. na 3 posiedzeniach. Potem przerwa.", ["Rada obradowała w 2019 r. na 3 posiedzeniach.", "Potem przerwa."] },
        { "Siedziba mieści się przy ul. Libelta w centrum. Czynna od godz. 8.00 do godz. 16.00.", ["Siedziba mieści się przy ul. Libelta w centrum.", "Czynna od godz. 8.00 do godz. 16.00."] },
        { "Wydano ok. 12 mln zł, tj. ok. 5 tys. zł na osobę. Następne zdanie.", ["Wydano ok. 12 mln zł, tj. ok. 5 tys. zł na osobę.", "Następne zdanie."] },
        { "Uchwała nr XII/123 z pkt. 4 Regulaminu. Dalej.", ["Uchwała nr XII/123 z pkt. 4 Regulaminu.", "Dalej."] },
        { "Odbyła się 30. Konferencja ECM w Dubrowniku. W 2017 r. Poznań gościł 5 delegacji.", ["Odbyła się 30. Konferencja ECM w Dubrowniku.", "W 2017 r. Poznań gościł 5 delegacji."] },
        { "Budżet wyniósł 5 mld zł. W 2018 r. wzrósł.", ["Budżet wyniósł 5 mld zł.", "W 2018 r. wzrósł."] },
        { "Ludność zameldowana wg osiedli (31.12. 2018 r.) rosła. Dalej.", ["Ludność zameldowana wg osiedli (31.12. 2018 r.) rosła.", "Dalej."] },
        { "Stan na 1.01. 2020 r. był inny. Dalej.", ["Stan na 1.01. 2020 r. był inny.", "Dalej."] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Split_PolishText_NeverBreaksAtAbbreviations(string text, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]));

    [Fact]
    public void Split_Lines_ListItemsAndRowsAreUnits()
    {
        const string text = "W 2017 r. odbyły się:\n • 30. Konferencja ECM w Dubrowniku;\n • spotkanie m.in. w Wiedniu. Drugie zdanie tu.";

        var units = SentenceSplitter.Split(text, lines: true).Select(s => text[s.Start..s.End]).ToList();

        Assert.Equal(["W 2017 r. odbyły się:", "30. Konferencja ECM w Dubrowniku;", "spotkanie m.in. w Wiedniu.", "Drugie zdanie tu."], units);
    }

    [Fact]
    public void Split_WithoutLines_SingleLineBreakContinuesTheSentence()
    {
        const string text = "Miasto Poznań było\nczłonkiem 16 organizacji.";

        Assert.Single(SentenceSplitter.Split(text));
    }

    [Fact]
    public void Split_OnlyBullets_NoUnits() => Assert.Empty(SentenceSplitter.Split("  \n • ", lines: true));
}

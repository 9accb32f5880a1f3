using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Service;
using PoznanAsk.Answering.Tests.Support;
using PoznanAsk.Knowledge.Ingest;

namespace PoznanAsk.Answering.Tests.Answers;

/// <summary>
/// Detail questions over report sections the tests write (transport, budget, cooperation, a
/// membership page with a stated count and no list, a photo credit): the answer leads with the
/// sentence that answers, from the year asked, picked by the question word.
/// </summary>
public sealed class DetailComposerTests
{
    private static readonly (string File, int Year, string Text)[] Reports =
    [
        ("transport-2019.txt", 2019, "Transport publiczny\n\nW 2019 r. w Poznaniu funkcjonowało 21 linii tramwajowych i 60 linii autobusowych. Długość sieci tramwajowej wyniosła 70,5 km. Tabor liczył 250 składów.\n"),
        ("transport-2020.txt", 2020, "Transport publiczny\n\nW 2020 r. w Poznaniu funkcjonowały 22 linie tramwajowe i 61 linii autobusowych. Długość sieci tramwajowej wyniosła 71,2 km.\n\nfot. Jan Nowak, arch. UMP\n"),
        ("budzet-2019.txt", 2019, "Budżet Miasta\n\nDochody budżetu Miasta Poznania w 2019 r. wyniosły 4 100 mln zł. Wydatki budżetu wyniosły 4 300 mln zł, z czego na oświatę przeznaczono 1 200 mln zł.\n"),
        ("wspolpraca-2019.txt", 2019, "Współpraca międzynarodowa\n\nWalne Zgromadzenie sieci EUROCITIES odbyło się w 2019 r. w Pradze. Miasto reprezentował na nim Zastępca Prezydenta Jan Kowalski. Tematem obrad była mobilność miejska.\n"),
        ("porozumienia-2019.txt", 2019, "Porozumienia międzygminne\n\nRealizując porozumienia międzygminne, ZTM odpowiada za organizację transportu zbiorowego w całej aglomeracji w 2019 r.\n\nPorozumienia międzygminne w sprawie lokalnego transportu zbiorowego zawarte zostały z 3 gminami:\n\n• Gmina Dopiewo\n• Gmina Komorniki\n• Miasto Luboń\n"),
        ("przewoznicy-2019.txt", 2019, "Przewoźnicy\n\nLinie podmiejskie obsługiwali przewoźnicy:\n\n• TRANSLUB\n• KOMBUS\n"),
        ("organizacje-2019.txt", 2019, "Organizacje międzynarodowe\n\nMiasto Poznań w 2019 r. było członkiem 2 organizacji międzynarodowych:\n\n• EUROCITIES\n• ICLEI\n"),
        ("ambasadorzy-2019.txt", 2019, "Spotkania z ambasadorami\n\nW 2019 r. z Przewodniczącym Rady Miasta spotkał się Ambasador Łotwy Jānis Eichmanis. Rozmawiano m.in. o współpracy uczelni i wymianie studentów.\n"),
        ("partnerzy-2019.txt", 2019, "Miasta partnerskie\n\nW 2019 r. do grona zagranicznych partnerów Poznania dołączyło Miasto Metropolitalne Turyn, stolica Piemontu.\n\nKontakty pozapartnerskie\n\nZ wieloma miastami Poznań współpracuje bez umowy. Współpraca ta nie wymaga podpisania umowy partnerskiej.\n"),
        ("osiedla-2021.txt", 2021, "Tabele statystyczne\n\nLudność zameldowana w Poznaniu wg osiedli (31.12. 2021 r.)\nNazwa osiedla Powierzchnia w km2 Liczba mieszkańców Gęstość zaludnienia\nChartowo 4,5 22 400 4 989\nJeżyce 2,0 22 002 11 112\nŁawica 13,9 7 581 583\n\nŹródło: GUS\n"),
        ("brno-2021.txt", 2021, "Brno (Czechy)\n\nRegiontour w Brnie – delegacja Poznania wzięła udział we współpracy przy targach turystycznych Regiontour.\n\nTargi Książki Pegazik – delegacja z Brna przywiozła w ramach współpracy czeskie książki dla dzieci.\n\nW 2021 r. Poznań współpracował z 14 miastami partnerskimi.\n"),
        ("edynburg-2021.txt", 2021, "Walne Zebranie\n\nW 2021 r. w Edynburgu odbyło się Walne Zebranie Członków EUROCITIES. Spotkanie było okazją do promocji miasta. W ramach akcji „Book Nook” uczestnicy zostawili publikacje o swoich miastach. Później wręczono nagrody.\n"),
        ("demografia-2018.txt", 2018, "Tabele statystyczne\n\nWyszczególnienie 2017 2018 2017=100\nDemografia\nLudność w tys. 538,6 536,4 99,6\nLiczba zgonów 5632 5864 104,1\nLiczba urodzeń żywych 6420 6240 97,2\n"),
        ("demografia-2019.txt", 2019, "Tabele statystyczne\n\nWyszczególnienie 2018 2019 2018=100\nDemografia\nLiczba zgonów 5864 5900 100,6\n"),
        ("rada-2020.txt", 2020, "Rada Miasta\n\nRada Miasta Poznania VIII kadencji liczyła 34 radnych.\n\nPraca Rady Miasta Poznania w 2020 r.\nKadencja VIII |\nLiczba sesji | Liczba podjętych uchwał | Liczba interpelacji | Liczba zapytań radnych |\n19 | 330 | 315 | 49 |\nŹródło: UMP\n"),
        ("kultura-2021.txt", 2021, "Miejskie instytucje kultury\n\nW 2021 r. Miasto Poznań było organem prowadzącym dla 3 miejskich instytucji kultury, które zorganizowały 5 tys. projektów.\nTabela 5. Liczba projektów i uczestników w 2021 r.\nMiejska instytucja kultury | Liczba projektów |\nLiczba uczestników |\nEstrada Poznańska | 4861 | 314 350 |\nFilharmonia Poznańska | 615 | 74 759 |\nTeatr Ósmego Dnia | 150 | 7726 |\nŹródło: UMP\n"),
        ("organizacje-2020.txt", 2020, "Miasto Poznań w 2020 r. było członkiem 12 organizacji i platform współpracy międzynarodowej.\n\nW 2020 r. Miasto Poznań szczególnie aktywnie uczestniczyło w pracach EUROCITIES i ICLEI.\n"),
    ];

    private static readonly Lazy<PoznanAskEngine> EngineLazy = new(() => Corpora.EngineOver(Reports));

    public static TheoryData<string, string, string?> Answered => new()
    {
        { "Ile linii tramwajowych było w Poznaniu w 2019 r.?", "21 linii tramwajowych", "22 linie" },
        { "Ile linii tramwajowych funkcjonowało w 2020 r.?", "22 linie tramwajowe", "21 linii" },
        { "Jak zmieniła się długość sieci tramwajowej między 2019 a 2020 r.?", "70,5 km", null },
        { "Jak zmieniła się długość sieci tramwajowej między 2019 a 2020 r.?", "71,2 km", null },
        { "Gdzie odbyło się Walne Zgromadzenie EUROCITIES w 2019 r.?", "w Pradze", "**Tak" },
        { "W jakim mieście odbyło się Walne Zgromadzenie EUROCITIES w 2019 r.?", "w Pradze", "**Tak" },
        { "Kto reprezentował miasto na Walnym Zgromadzeniu EUROCITIES w 2019 r.?", "Jan Kowalski", "**Tak" },
        { "Ile wyniosły wydatki budżetu w 2019 r.?", "4 300 mln zł", null },
        { "Do ilu organizacji międzynarodowych należało Miasto Poznań w 2020 r.?", "12 organizacji", null },
        // "When did X join" for a partner no membership list names: the report's sentence that says when.
        { "Kiedy Turyn dołączył do grona zagranicznych partnerów Poznania?", "W 2019 r. do grona zagranicznych partnerów Poznania dołączyło", null },
        // The sentence that names the topic, and the next one that says what was discussed.
        { "O czym rozmawiał ambasador Łotwy w 2019 r.?", "wymianie studentów", null },
        // How/what questions: the rest of the paragraph, and other passages that hold as much of the question.
        { "Jak Poznań promował się na Walnym Zebraniu Członków EUROCITIES w 2021 r.?", "Book Nook", null },
        { "Jak wyglądała współpraca Poznania z Brnem w 2021 r.?", "Regiontour", null },
        { "Jak wyglądała współpraca Poznania z Brnem w 2021 r.?", "Pegazik", null },
        { "Ilu radnych liczyła Rada Miasta Poznania VIII kadencji?", "34 radnych", null },
        // A table row, read with its table's title and column header (shown beside the quote).
        { "Ilu zameldowanych mieszkańców liczyło osiedle Jeżyce w 2021 r.?", "Jeżyce 2,0 22 002 11 112", "Chartowo" },
        { "Jaka była gęstość zaludnienia na osiedlu Ławica w 2021 r.?", "Ławica 13,9 7 581 583", "Jeżyce" },
    };

    [Theory]
    [MemberData(nameof(Answered))]
    public void Ask_DetailQuestion_LeadsWithTheAnsweringSentenceCited(string question, string expected, string? notExpected)
    {
        var answer = EngineLazy.Value.Ask(question);

        Assert.True(answer.Found, answer.Intent + ": " + answer.Text);
        Assert.True(answer.Text.Contains(expected, StringComparison.Ordinal), answer.Intent + ": " + answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains(expected, StringComparison.Ordinal));
        if (notExpected is not null)
        {
            Assert.DoesNotContain(notExpected, answer.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ask_TableRow_ShowsTheTableHeadBesideTheCitedRow()
    {
        const string question = "Ilu mieszkańców liczyło osiedle Chartowo w 2021 r.?";
        const string head = "(tabela „Ludność zameldowana w Poznaniu wg osiedli (31.12. 2021 r.) · Nazwa osiedla Powierzchnia w km2 Liczba mieszkańców Gęstość zaludnienia”)";
        var answer = EngineLazy.Value.Ask(question);

        Assert.Contains(head, answer.Text, StringComparison.Ordinal);
        Assert.Equal("Chartowo 4,5 22 400 4 989", Assert.Single(answer.Citations).Quote);
        // The head's figures are the cited passage's own text; a figure the passage lacks is invented.
        Assert.Empty(AnswerAudit.Check(answer, EngineLazy.Value.Knowledge, question));
        var invented = answer with { Text = answer.Text.Replace(head, "(tabela „Ludność zameldowana (31.12. 2022 r.)”)", StringComparison.Ordinal) };
        Assert.Contains(AnswerAudit.Check(invented, EngineLazy.Value.Knowledge, question), p => p.Contains("2022", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> Columns => new()
    {
        // Year columns: the year asked in bold, the others beside it.
        { "Ile urodzeń żywych było w Poznaniu w 2018 r.?", "**2018 – 6240**", "2017 – 6420" },
        { "Jak zmieniła się liczba zgonów między 2018 a 2019 r.?", "**2018 – 5864**; **2019 – 5900**", "2018=100 – 100,6" },
        // A pipe header over a row of figures: the column the question's counted noun names.
        { "Ile interpelacji zgłosili radni w 2020 r.?", "**Liczba interpelacji – 315**", "Liczba zapytań radnych – 49" },
    };

    [Theory]
    [MemberData(nameof(Columns))]
    public void Ask_TableRowUnderColumnHeader_GivesEachFigureItsColumn(string question, string asked, string other)
    {
        var answer = EngineLazy.Value.Ask(question);

        Assert.Contains(asked, answer.Text, StringComparison.Ordinal);
        Assert.Contains(other, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("**" + other, answer.Text, StringComparison.Ordinal);
        Assert.Empty(AnswerAudit.Check(answer, EngineLazy.Value.Knowledge, question));
    }

    [Theory]
    [InlineData("Ile linii tramwajowych było w Poznaniu w 2025 r.?")]
    // The sentence that holds the question's words but no number does not answer "ile".
    [InlineData("Ile umów partnerskich podpisał Poznań w 2019 r.?")]
    // A sentence about another term ("VIII kadencji") does not answer for this one.
    [InlineData("Ilu radnych liczy Rada Miasta Poznania IX kadencji?")]
    [InlineData("Ile kilometrów ścieżek rowerowych zbudowano w 2019 r.?")]
    public void Ask_NotInTheReports_SaysSoWithoutAVerdict(string question)
    {
        var answer = EngineLazy.Value.Ask(question);

        Assert.False(answer.Found, answer.Text);
        Assert.DoesNotContain("**Tak", answer.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, bool?> Verdicts => new()
    {
        // An item of the list: yes, citing the item and the intro.
        { "Czy Gmina Komorniki miała w 2019 r. porozumienie w sprawie transportu zbiorowego?", true },
        // The list's intro ranks below a sentence about the agreements in general: the list still answers.
        { "Czy Komorniki były w 2019 r. objęte porozumieniem międzygminnym o transporcie zbiorowym?", true },
        // Absent from a list whose intro states its count and has that many items: no.
        { "Czy Gmina Stęszew miała w 2019 r. porozumienie w sprawie transportu zbiorowego?", false },
        // Absent from a list with no stated count: no verdict.
        { "Czy ROKBUS obsługiwał w 2019 r. linie podmiejskie?", null },
        // Named in the text of a year without a list (organizations named in prose): yes, said to be from the text.
        { "Czy Poznań był członkiem EUROCITIES w 2020 r.?", true },
        // A table of names after a sentence that states their number: its rows are the list, complete.
        { "Czy Filharmonia Poznańska była w 2021 r. miejską instytucją kultury prowadzoną przez Miasto?", true },
        { "Czy Muzeum Archeologiczne było w 2021 r. miejską instytucją kultury prowadzoną przez Miasto?", false },
        // A different organisation that shares words with a listed one: never yes.
        { "Czy Poznań był członkiem Unii Metropolii Europejskich w 2020 r.?", null },
    };

    [Theory]
    [MemberData(nameof(Verdicts))]
    public void Ask_YesNoQuestion_VerdictOnlyWhenTheReportStatesIt(string question, bool? expected)
    {
        var answer = EngineLazy.Value.Ask(question);

        var verdict = PoznanAsk.Answering.Evaluation.ReportQuestionCheck.Verdict(answer.Text);
        Assert.True(expected == verdict, answer.Text);
    }

    [Fact]
    public void Ask_NamesOfATable_ListsItsRowsAfterTheSentenceThatIntroducesIt()
    {
        const string question = "Jakie miejskie instytucje kultury prowadziło Miasto w 2021 r.?";
        var answer = EngineLazy.Value.Ask(question);

        Assert.Contains("W 2021 r. Miasto Poznań było organem prowadzącym dla 3 miejskich instytucji kultury", answer.Text, StringComparison.Ordinal);
        Assert.Contains("- Estrada Poznańska\n- Filharmonia Poznańska\n- Teatr Ósmego Dnia", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Teatr Ósmego Dnia", StringComparison.Ordinal));
        Assert.Empty(AnswerAudit.Check(answer, EngineLazy.Value.Knowledge, question));
    }

    [Fact]
    public void Ask_MembershipNamedOnlyInProse_SaysItIsTheTextNotAList()
    {
        var answer = EngineLazy.Value.Ask("Czy Poznań był członkiem EUROCITIES w 2020 r.?");

        Assert.Contains("nie podaje tu listy", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Year == 2020 && c.Quote.Contains("EUROCITIES", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_PhotoCredit_IsNeverTheAnswer()
    {
        var answer = EngineLazy.Value.Ask("Kto wykonał zdjęcie tramwaju w 2020 r.?");

        Assert.DoesNotContain(answer.Citations, c => c.Quote.Contains("fot.", StringComparison.Ordinal));
    }
}

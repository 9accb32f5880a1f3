using PoznanAsk.Knowledge.Text;

namespace PoznanAsk.Knowledge.Tests.Text;

public sealed class TableRowsTests
{
    public static TheoryData<string, bool> Lines => new()
    {
        { "Piątkowo 3,8 34 290 8 930", true },
        { "Ludność w tys. 538,6 536,4 99,6", true },
        { "przedprodukcyjnym 16,5 16,8 x", true },
        { "Saldo migracji na 1000 mieszkańców -3,5 -3,5 x", true },
        { "Wspieranie i upowszechnianie kultury fizycznej 16 260 394,90 99,7", true },
        { "| Teatr Nowy | 57 | 963 261 |", true },
        { "Udziały w podatku dochodowym (CIT) 175 mln", true },
        { "Podatki i opłaty lokalne 744 mln zł", true },
        { "Długość sieci 70,5 km", true },
        { "Liczba mieszkańców 22 mln zł tys.", false },
        { "|---|---:|", false },
        { "Strategia Rozwoju Miasta Poznania 2020+", false },
        { "Raport o stanie miasta 2018", false },
        { "Wyszczególnienie 2017 2018 2017=100", false },
        { "W 2019 r. dochody wyniosły 4 100 mln zł.", false },
        { "2017 2018 2019", false },
        { "Współczynnik punktualności tramwajów wynosił 93%, a autobusów – 94%.", false },
        { "Liczba wniosków - -", false },
        { "Liczba sesji | Liczba podjętych uchwał | Liczba interpelacji |", true },
        { "19 | 330 | 315 |", true },
        { "Kadencja VIII |", false },
        { "Osiedle 2019 2020", false },
    };

    public static TheoryData<string, string, string?> Readings => new()
    {
        // Year columns: the row's figures one per column.
        { "Wyszczególnienie 2017 2018 2017=100\nDemografia\nLiczba urodzeń żywych 6420 6240 97,2", "Liczba urodzeń", "2017=6420; 2018=6240; 2017=100=97,2" },
        // Digit groups: "34 290 8 930" into two figures can only be 34 290 and 8 930.
        { "Osiedle 2019 2020\nPiątkowo 34 290 8 930", "Piątkowo", "2019=34 290; 2020=8 930" },
        { "Wyszczególnienie 2019 2020 2019=100\nDochody ogółem 4 358 894 219,56 4 512 100 000,00 103,5", "Dochody", "2019=4 358 894 219,56; 2020=4 512 100 000,00; 2019=100=103,5" },
        // "9 794 477" into two figures: 9 794 and 477, or 9 and 794 477 — no reading.
        { "Wyszczególnienie 2019 2020\nLiczba pasażerów 9 794 477", "Liczba", null },
        // Fewer figures than columns.
        { "Wyszczególnienie 2017 2018 2017=100\nLudność 538,6 536,4", "Ludność", null },
        // A pipe header over a row of figures, with or without the row's own label.
        { "Kadencja VIII |\nLiczba sesji | Liczba podjętych uchwał | Liczba interpelacji |\n19 | 330 | 315 |", "19 |", "Liczba sesji=19; Liczba podjętych uchwał=330; Liczba interpelacji=315" },
        { "| Nazwa | Liczba uczestników |\n| Teatr Nowy | 963 261 |", "| Teatr", "Nazwa=Teatr Nowy; Liczba uczestników=963 261" },
        // No column header before the row.
        { "Ludność zameldowana wg osiedli\nChartowo 4,5 22 400", "Chartowo", null },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void IsRow_LabelThenNumberCells(string line, bool expected) =>
        Assert.Equal(expected, TableRows.IsRow(line));

    [Fact]
    public void HeadOf_Row_IsTheTitleAndColumnHeaderBeforeTheFirstRow()
    {
        const string text = "Dane za 2018 r. są wstępne.\nLudność zameldowana wg osiedli\nNazwa osiedla Powierzchnia Liczba mieszkańców\nChartowo 4,5 22 400\nJeżyce 2,0 22 002";

        var head = TableRows.HeadOf(text, text.IndexOf("Jeżyce", StringComparison.Ordinal));

        Assert.NotNull(head);
        Assert.Equal("Ludność zameldowana wg osiedli\nNazwa osiedla Powierzchnia Liczba mieszkańców", text[head.Value.Start..head.Value.End]);
        Assert.Null(TableRows.HeadOf(text, 0));
    }

    [Theory]
    [MemberData(nameof(Readings))]
    public void ColumnsOf_Row_PairsEachColumnWithOneFigure(string text, string row, string? expected)
    {
        var reading = TableRows.ColumnsOf(text, text.IndexOf(row, StringComparison.Ordinal));

        Assert.Equal(expected, reading is null ? null : string.Join("; ", reading.Columns.Select(c => $"{c.Label}={c.Value}")));
        if (reading is not null)
        {
            Assert.DoesNotContain('\n', text[reading.HeaderStart..reading.HeaderEnd]);
        }
    }

    public static TheoryData<string, string, string> Tables => new()
    {
        // A pipe table after its intro sentence, title and a header that goes on in a second line.
        { "W 2023 r. Miasto prowadziło 3 instytucje kultury.\nTabela 5. Uczestnicy w 2023 r.\nInstytucja | Liczba projektów |\nLiczba uczestników |\nFilharmonia Poznańska | 615 | 74 759 |\nTeatr Ósmego Dnia | 150 | 7726 |\nEstrada Poznańska | 4861 | 314 350 |\nŹródło: UMP", "instytucje kultury.", "Filharmonia Poznańska; Teatr Ósmego Dnia; Estrada Poznańska" },
        // Space-separated rows: the words before the figures.
        { "Gęstość zaludnienia osiedli:\nNazwa osiedla Powierzchnia Liczba mieszkańców\nChartowo 4,5 22 400\nJeżyce 2,0 22 002", "osiedli:", "Chartowo; Jeżyce" },
        // No table within the gap.
        { "Zdanie pierwsze.\nZdanie drugie.\nZdanie trzecie.\nZdanie czwarte.\nZdanie piąte.\nZdanie szóste.\nChartowo 4,5 22 400\nJeżyce 2,0 22 002", "pierwsze.", "" },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Labels_TableAfterASentence_AreItsRowsFirstCells(string text, string after, string expected)
    {
        var labels = TableRows.Labels(text, text.IndexOf(after, StringComparison.Ordinal) + after.Length, gap: 4);

        Assert.Equal(expected, string.Join("; ", labels.Select(l => text[l.Start..l.End])));
    }

    [Fact]
    public void HeadOf_PipeRow_IsTheTitleAndEveryHeaderLine()
    {
        const string text = "Opis.\nTabela 5. Uczestnicy w 2023 r.\nInstytucja | Liczba projektów |\nLiczba uczestników |\nFilharmonia Poznańska | 615 | 74 759 |\nTeatr Ósmego Dnia | 150 | 7726 |";

        var head = TableRows.HeadOf(text, text.IndexOf("Teatr", StringComparison.Ordinal));
        var columns = TableRows.ColumnsOf(text, text.IndexOf("Teatr", StringComparison.Ordinal));

        Assert.NotNull(head);
        Assert.Equal("Tabela 5. Uczestnicy w 2023 r.\nInstytucja | Liczba projektów |\nLiczba uczestników |", text[head.Value.Start..head.Value.End]);
        Assert.Equal("Instytucja=Teatr Ósmego Dnia; Liczba projektów=150; Liczba uczestników=7726", string.Join("; ", columns!.Columns.Select(c => $"{c.Label}={c.Value}")));
    }
}

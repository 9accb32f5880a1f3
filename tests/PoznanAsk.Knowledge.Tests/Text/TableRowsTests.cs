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
}

using PoznanAsk.Knowledge.Facts;

namespace PoznanAsk.Knowledge.Tests.Facts;

public sealed class ItemNameTests
{
    [Theory]
    [InlineData("Związek Miast Polskich;", "Związek Miast Polskich")]
    [InlineData("Open & Agile Smart Cities.", "Open & Agile Smart Cities")]
    [InlineData("Fundacja\u00A0 Poznań – Ille et\u00A0Vilaine", "Fundacja Poznań – Ille et Vilaine")]
    [InlineData("PLOT – Poznańska Lokalna Organizacja Turystyczna;", "PLOT – Poznańska Lokalna Organizacja Turystyczna")]
    [InlineData("EUROCITIES – sieć największych miast europejskich;", "EUROCITIES")]
    [InlineData("Klub Miast Hanzeatyckich, w którym Poznań przewodniczy grupie roboczej;", "Klub Miast Hanzeatyckich")]
    [InlineData("Związek Gmin Nadwarciańskich (od 2005 r.);", "Związek Gmin Nadwarciańskich")]
    [InlineData("European Cities Marketing (ECM);", "European Cities Marketing (ECM)")]
    [InlineData("**Klaster Zielonej Energii**", "Klaster Zielonej Energii")]
    [InlineData("[Energy Cities](https://example.invalid)", "Energy Cities")]
    [InlineData("Spółka Wodna Sp. z o.o.", "Spółka Wodna Sp. z o.o.")]
    public void Of_ListItem_GivesTheNameAsWritten(string item, string expected) =>
        Assert.Equal(expected, ItemName.Of(item));
}

using PoznanAsk.Analysis.Filters;

namespace PoznanAsk.Analysis.Tests.Filters;

public class DiacriticFoldingTests
{
    [Theory]
    [InlineData("zażółć gęślą jaźń", "zazolc gesla jazn")]
    [InlineData("ZAŻÓŁĆ", "ZAZOLC")]
    [InlineData("poznan\u0301", "poznan")]
    [InlineData("sąd", "sad")]
    [InlineData("łódź", "lodz")]
    [InlineData("café naïve", "cafe naive")]
    [InlineData("straße œuvre", "straße œuvre")]
    [InlineData("2023 r.", "2023 r.")]
    public void Fold_Text_RemovesDiacritics(string input, string expected)
    {
        Assert.Equal(expected, DiacriticFolding.Fold(input));
    }

    [Theory]
    [InlineData("poznań", true)]
    [InlineData("poznan\u0301", true)]
    [InlineData("poznan", false)]
    [InlineData("straße", false)]
    public void Changes_Text_TellsWhetherFoldingDoesAnything(string input, bool expected)
    {
        Assert.Equal(expected, DiacriticFolding.Changes(input));
    }
}

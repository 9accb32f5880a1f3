using PoznanAsk.Knowledge.Text;

namespace PoznanAsk.Knowledge.Tests.Text;

public sealed class PolishNumeralsTests
{
    [Theory]
    [InlineData("11 organizacji", 11, 1)]
    [InlineData("jedenastu organizacji", 11, 1)]
    [InlineData("czterech sieci", 4, 1)]
    [InlineData("dwóch organizacji", 2, 1)]
    [InlineData("piętnaście stowarzyszeń", 15, 1)]
    [InlineData("dwudziestu trzech organizacji", 23, 2)]
    [InlineData("trzydzieści organizacji", 30, 1)]
    public void Read_CountWord_GivesValueAndWordsTaken(string text, int value, int words) =>
        Assert.Equal((value, words), PolishNumerals.Read(text.Split(' '), 0));

    [Theory]
    [InlineData("2017 r.")]
    [InlineData("organizacji")]
    [InlineData("dziewiątej")]
    public void Read_NotACount_GivesNull(string text) => Assert.Null(PolishNumerals.Read(text.Split(' '), 0));
}

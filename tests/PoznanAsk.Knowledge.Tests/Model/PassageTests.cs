using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Knowledge.Tests.Model;

public sealed class PassageTests
{
    [Theory]
    [InlineData(100, 213)]
    [InlineData(139, 213)]
    [InlineData(140, 214)]
    [InlineData(179, 214)]
    [InlineData(180, 215)]
    public void PageAt_PassageOverTwoPageBreaks_PageOfTheOffset(int offset, int expected)
    {
        var passage = new Passage("p-1", "raport-2023.pdf", 2023, "Współpraca", PassageKind.Paragraph, new string('a', 100), 100, 200,
            Page: 213, PageBreaks: [140, 180]);

        Assert.Equal(expected, passage.PageAt(offset));
    }

    [Fact]
    public void PageAt_TextReport_NoPage()
    {
        var passage = new Passage("p-1", "raport-2023.txt", 2023, "Współpraca", PassageKind.Paragraph, "Tekst.", 0, 6);

        Assert.Null(passage.PageAt(3));
    }
}

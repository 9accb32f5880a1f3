using PoznanAsk.Knowledge.Reading;

namespace PoznanAsk.Knowledge.Tests.Reading;

public sealed class BareListPassTests
{
    [Theory]
    [InlineData("Miasto było członkiem 3 organizacji:\n\nZwiązek Gmin A;\nUnia Miast B;\nKlub C.\n")]
    [InlineData("Miasto było członkiem 3 organizacji:\n\nZwiązek Gmin A;\n\nUnia Miast B;\n\nKlub C.\n")]
    public void Parse_ItemsWithoutBullets_AfterAColon_AreAList(string text)
    {
        var list = Assert.Single(LineParser.Parse(text, markdown: false).Blocks, b => b.Kind == BlockKind.List);
        Assert.Equal(["Związek Gmin A;", "Unia Miast B;", "Klub C."], list.Items.Select(i => i.Of(text)));
    }

    [Fact]
    public void Parse_RunningTextAfterAColon_StaysParagraphs()
    {
        var text = "Wnioski:\n\nW 2020 r. Miasto prowadziło bardzo wiele działań w zakresie współpracy z organizacjami pozarządowymi i samorządami;\nto był dobry rok.\n";
        Assert.DoesNotContain(LineParser.Parse(text, markdown: false).Blocks, b => b.Kind == BlockKind.List);
    }
}

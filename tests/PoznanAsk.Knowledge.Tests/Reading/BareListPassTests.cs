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
    public void Parse_OneNamePerLineAfterAColon_IsAList()
    {
        var text = "Miasto jest członkiem 3 organizacji międzynarodowych:\n\nEUROCITIES\nEnergy Cities\nEurotowns\n\nEUROCITIES\n\nSpotkanie w Brukseli.";
        var blocks = LineParser.Parse(text, markdown: false).Blocks;
        var list = Assert.Single(blocks, b => b.Kind == BlockKind.List);
        Assert.Equal(["EUROCITIES", "Energy Cities", "Eurotowns"], list.Items.Select(i => i.Of(text)));
        Assert.Equal(BlockKind.Heading, blocks[2].Kind);
    }

    [Theory]
    [InlineData("Aktywność przedstawicieli Miasta w:\n\nEUROCITIES\nW 2017 r. odbyły się:\n\n• spotkanie")]
    [InlineData("Aktywność przedstawicieli Miasta w:\n\nEUROCITIES\nSpotkanie w Brukseli.")]
    public void Parse_HeadingThenSentenceAfterAColon_IsNotAList(string text) =>
        Assert.Equal(BlockKind.Heading, LineParser.Parse(text, markdown: false).Blocks[1].Kind);

    [Fact]
    public void Parse_WrappedProseAfterAColon_StaysAParagraph()
    {
        var text = "Wnioski:\n\nW 2020 r. Miasto prowadziło\nwiele działań.";
        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph], LineParser.Parse(text, markdown: false).Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Parse_RunningTextAfterAColon_StaysParagraphs()
    {
        var text = "Wnioski:\n\nW 2020 r. Miasto prowadziło bardzo wiele działań w zakresie współpracy z organizacjami pozarządowymi i samorządami;\nto był dobry rok.\n";
        Assert.DoesNotContain(LineParser.Parse(text, markdown: false).Blocks, b => b.Kind == BlockKind.List);
    }
}

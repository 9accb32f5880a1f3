using PoznanAsk.Answering.Answers;

namespace PoznanAsk.Answering.Tests.Answers;

public sealed class SentencesTests
{
    [Fact]
    public void Split_ListAndSentences_SpansAreCleanSubstrings()
    {
        const string text = "W 2017 r. odbyły się:\n\n • 30. Konferencja ECM w Dubrowniku;\n • spotkanie m.in. w Wiedniu. Drugie zdanie tu.";

        var units = Sentences.Split(text).Select(s => text[s.Start..s.End]).ToList();

        Assert.Equal(["W 2017 r. odbyły się:", "30. Konferencja ECM w Dubrowniku", "spotkanie m.in. w Wiedniu.", "Drugie zdanie tu."], units);
    }

    [Fact]
    public void Split_Empty_NoUnits()
    {
        Assert.Empty(Sentences.Split("  \n • "));
    }
}

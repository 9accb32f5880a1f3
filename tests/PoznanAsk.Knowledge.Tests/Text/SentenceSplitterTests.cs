using PoznanAsk.Knowledge.Text;

namespace PoznanAsk.Knowledge.Tests.Text;

public sealed class SentenceSplitterTests
{
    public static TheoryData<string, string[]> Texts => new()
    {
        { "W 2019 r. Miasto Poznań przystąpiło do sieci Healthy Ports. Są to m.in. nowe sieci.", ["W 2019 r. Miasto Poznań przystąpiło do sieci Healthy Ports.", "Są to m.in. nowe sieci."] },
        { "Przeszkolono 2 tys. osób. Prowadzono projekt pn. „Razem”. Koniec!", ["Przeszkolono 2 tys. osób.", "Prowadzono projekt pn. „Razem”.", "Koniec!"] },
        { "Prof. J. Kowalski mówił o ds. Współpracy. Potem przerwa.", ["Prof. J. Kowalski mówił o ds. Współpracy.", "Potem przerwa."] },
        { "Wstęp:\n\n• punkt", ["Wstęp:", "• punkt"] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Split_PolishText_RespectsAbbreviations(string text, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(text, new TextSpan(0, text.Length)).Select(s => s.Of(text)));
}

using PoznanAsk.Web.Bot;

namespace PoznanAsk.Web.Tests.Bot;

/// <summary>Polish abbreviations must not become links in Web Chat.</summary>
public sealed class WebChatTextTests
{
    [Theory]
    [InlineData("Poznań należał m.in. do ZMP.", "Poznań należał m\\.in. do ZMP.")]
    [InlineData("w m.st. Warszawie", "w m\\.st. Warszawie")]
    [InlineData("Zob. https://www.poznan.pl/m.in/raport", "Zob. https://www.poznan.pl/m.in/raport")]
    [InlineData("Pisz: biuro@um.pl", "Pisz: biuro@um.pl")]
    [InlineData("Kwota 1.400 zł, tj. dużo", "Kwota 1.400 zł, tj. dużo")]
    public void EscapeFuzzyLinks_Text_KeepsAbbreviationsAsText(string text, string expected)
    {
        Assert.Equal(expected, WebChatText.EscapeFuzzyLinks(text));
    }
}

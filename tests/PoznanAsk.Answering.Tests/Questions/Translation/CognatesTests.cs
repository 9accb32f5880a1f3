using PoznanAsk.Answering.Questions.Translation;

namespace PoznanAsk.Answering.Tests.Questions.Translation;

public sealed class CognatesTests
{
    // English word → a Polish word of the reports its stem must begin.
    public static TheoryData<string, string> Pairs => new()
    {
        { "interpellations", "interpelacji" },
        { "programme", "programu" },
        { "cultural", "kulturalnej" },
        { "administration", "administracji" },
        { "hybrid", "hybrydowa" },
        { "metropolis", "metropolii" },
        { "philharmonic", "filharmonia" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void StemsOf_EnglishWord_IsAPrefixOfThePolishWord(string english, string polish)
    {
        Assert.Contains(Cognates.StemsOf(english), stem => polish.StartsWith(stem, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("city")]
    [InlineData("bus")]
    [InlineData("grant")]
    public void StemsOf_ShortWord_HasNone(string english)
    {
        Assert.Empty(Cognates.StemsOf(english));
    }
}

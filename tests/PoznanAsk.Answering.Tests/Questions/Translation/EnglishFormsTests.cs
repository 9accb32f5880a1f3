using PoznanAsk.Answering.Questions.Translation;

namespace PoznanAsk.Answering.Tests.Questions.Translation;

public sealed class EnglishFormsTests
{
    public static TheoryData<string, string> Forms => new()
    {
        { "expenditures", "expenditure" },
        { "cities", "city" },
        { "awarded", "award" },
        { "organised", "organise" },
        { "organised", "organize" },
        { "planned", "plan" },
        { "submitted", "submit" },
        { "reduced", "reduce" },
        { "attended", "attend" },
        { "users", "user" },
        { "buses", "bus" },
        { "centre", "center" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Of_InflectedWord_ReachesItsHeadword(string word, string headword)
    {
        Assert.Contains(headword, EnglishForms.Of(word));
    }

    [Fact]
    public void Of_Word_ComesFirst()
    {
        Assert.Equal("grants", EnglishForms.Of("grants")[0]);
    }
}

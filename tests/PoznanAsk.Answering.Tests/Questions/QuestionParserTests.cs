using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Tests.Support;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Tests.Questions;

public sealed class QuestionParserTests
{
    public static TheoryData<string, string, string> Intent => new()
    {
        { "Do jakich organizacji międzynarodowych należał Poznań w 2017?", Intents.ListMemberships, "pl" },
        { "członkostwa 2023 krajowe", Intents.ListMemberships, "pl" },
        { "Czy Poznań nalezt do ZMP?", Intents.IsMember, "pl" },
        { "Is Poznań a member of ECM?", Intents.IsMember, "en" },
        { "Ile organizacji krajowych w 2023?", Intents.CountMemberships, "pl" },
        { "how many international organisations", Intents.CountMemberships, "en" },
        { "Kiedy Poznań przystąpił do Cities for Cyclists?", Intents.WhenJoined, "pl" },
        { "When did Poznan join ECM?", Intents.WhenJoined, "en" },
        { "Co Poznań robił w EUROCITIES?", Intents.Activity, "pl" },
        { "What did Poznan do in EUROCITIES?", Intents.Activity, "en" },
        { "Co się zmieniło między 2017 a 2023?", Intents.Diff, "pl" },
        { "2017 vs 2023", Intents.Diff, "pl" },
        { "porownanie czlonkostw 2017 2023", Intents.Diff, "pl" },
        { "Mariupol", Intents.Search, "pl" },
        // Polish names keep their letters in English questions; a lower-case Polish word still decides.
        { "What was the population density of the Grunwald Północ district in 2018?", Intents.Search, "en" },
        { "Who is Jacek Jaśkowiak?", Intents.Search, "en" },
        { "gęstość zaludnienia Grunwald Północ", Intents.Search, "pl" },
        { "pomoc", Intents.Help, "pl" },
        { "help", Intents.Help, "en" },
        { "Ile dotacji otrzymały organizacje pozarządowe w 2017 r.?", Intents.Search, "pl" },
        { "Jak zmieniła się liczba linii tramwajowych między 2022 a 2023 r.?", Intents.Search, "pl" },
        { "W jakim mieście odbyło się spotkanie EUROCITIES w 2017 r.?", Intents.Activity, "pl" },
        // A how-question: the membership word names the meeting, not a membership to confirm.
        { "Jak Poznań promował się na Walnym Zebraniu Członków EUROCITIES w 2018 r.?", Intents.Activity, "pl" },
        { "Kiedy założono Unię Metropolii Polskich?", Intents.Activity, "pl" },
    };

    public static TheoryData<string, string> Asked => new()
    {
        { "Ile linii tramwajowych było w 2023 r.?", "Number" },
        { "Z iloma miastami partnerskimi współpracował Poznań?", "Number" },
        { "Jaki odsetek spotkań miał formę hybrydową?", "Number" },
        { "How many twin cities did Poznań have?", "Number" },
        { "Kiedy odbył się panel obywatelski?", "Time" },
        { "W którym roku uchwalono budżet?", "Time" },
        { "Gdzie odbyło się Walne Zebranie?", "Place" },
        { "W jakim mieście odbyło się spotkanie?", "Place" },
        { "Kto zorganizował wizytę studyjną?", "Person" },
        { "Jak nazywa się nadburmistrz Bambergu?", "Person" },
        { "Jaki mural powstał w 2020 r.?", "Name" },
        { "Które przedszkole wybierano najchętniej?", "Name" },
        { "Czy Kleszczewo miało porozumienie?", "YesNo" },
        { "Czego dotyczyła wizyta delegacji?", "Description" },
        { "budżet 2020 dochody", "Anything" },
    };

    [Theory]
    [MemberData(nameof(Asked))]
    public void Parse_QuestionWord_TellsWhatIsAskedFor(string question, string asked)
    {
        var q = Corpora.Composer(Corpora.Seeds).Parser.Parse(question, null);

        Assert.Equal(asked, q.Asked.ToString());
    }

    [Theory]
    [MemberData(nameof(Intent))]
    public void Parse_TypedQuestion_RecognisesIntentAndLanguage(string question, string intent, string language)
    {
        var sut = Corpora.Composer(Corpora.Seeds).Parser;

        var q = sut.Parse(question, null);

        Assert.Equal(intent, q.Intent);
        Assert.Equal(language, q.Language);
    }

    [Theory]
    [InlineData("w 2017", new[] { 2017 })]
    [InlineData("w 2017 r.", new[] { 2017 })]
    [InlineData("w roku 2023", new[] { 2023 })]
    [InlineData("2017 vs 2023", new[] { 2017, 2023 })]
    [InlineData("między 2023 a 2017 i znów 2023", new[] { 2023, 2017 })]
    [InlineData("ile 15 organizacji", new int[0])]
    public void Parse_Years_InOrderDistinct(string question, int[] years)
    {
        var q = Corpora.Composer(Corpora.Seeds).Parser.Parse(question, null);

        Assert.Equal(years, q.Years);
    }

    [Theory]
    [InlineData("organizacje międzynarodowe", MembershipScope.International)]
    [InlineData("organizacje miedzynarodowe", MembershipScope.International)]
    [InlineData("zagraniczne członkostwa", MembershipScope.International)]
    [InlineData("international memberships", MembershipScope.International)]
    [InlineData("w organizacjach krajowych", MembershipScope.National)]
    [InlineData("polskie organizacje", MembershipScope.National)]
    [InlineData("organizacje samorzadowe", MembershipScope.National)]
    [InlineData("national organisations", MembershipScope.National)]
    public void Parse_ScopeWords_AnyInflection(string question, MembershipScope scope)
    {
        var q = Corpora.Composer(Corpora.Seeds).Parser.Parse(question, null);

        Assert.Equal(scope, q.Scope);
    }

    [Fact]
    public void Parse_ScopeWordInsideOrganisationName_IsNotAScope()
    {
        var q = Corpora.Composer(Corpora.Seeds).Parser.Parse("Czy Poznań należy do Związku Miast Polskich?", null);

        Assert.Null(q.Scope);
    }

    [Theory]
    [InlineData("teraz")]
    [InlineData("obecnie")]
    [InlineData("now")]
    public void Parse_NowWords_SetNow(string word)
    {
        Assert.True(Corpora.Composer(Corpora.Seeds).Parser.Parse($"organizacje {word}", null).Now);
    }

    [Theory]
    [InlineData("Czy Kraków należy do Eurocities?", "Kraków")]
    [InlineData("czy krakow nalezy do eurocities", "krakow")]
    [InlineData("Is Warsaw a member of ECM?", "Warsaw")]
    public void Parse_OtherCity_IsForeignSubject(string question, string foreign)
    {
        Assert.Equal(foreign, Corpora.Composer(Corpora.Seeds).Parser.Parse(question, null).ForeignSubject);
    }

    [Fact]
    public void Parse_CityOfTheReports_IsNotForeign()
    {
        Assert.Null(Corpora.Composer(Corpora.Seeds).Parser.Parse("Czy Miasto Poznań należy do Eurocities?", null).ForeignSubject);
    }

    [Fact]
    public void Parse_TieBetweenLanguages_FollowsLocale()
    {
        var sut = Corpora.Composer(Corpora.Seeds).Parser;

        Assert.Equal("en", sut.Parse("EUROCITIES", "en-GB").Language);
        Assert.Equal("pl", sut.Parse("EUROCITIES", "pl-PL").Language);
    }
}

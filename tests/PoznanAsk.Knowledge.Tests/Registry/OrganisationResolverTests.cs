using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Registry;
using PoznanAsk.Knowledge.Tests.Support;

namespace PoznanAsk.Knowledge.Tests.Registry;

/// <summary>Organisations named in questions: inflected, unaccented, lower case, abbreviated.</summary>
public sealed class OrganisationResolverTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly KnowledgeBase _knowledge;
    private readonly OrganisationResolver _sut;

    public OrganisationResolverTests()
    {
        SyntheticReports.WriteAll(_folder);
        _knowledge = KnowledgeLoader.LoadFolder(_folder.Path).Knowledge;
        _sut = OrganisationResolver.Create(_knowledge);
    }

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> Questions => new()
    {
        { "Czy Poznań należy do Związku Powiatów Polskich?", "Związek Powiatów Polskich (ZPP)" },
        { "czy poznan nalezy do zwiazku powiatow polskich", "Związek Powiatów Polskich (ZPP)" },
        { "Co Miasto robiło w ZPP w 2024 r.?", "Związek Powiatów Polskich (ZPP)" },
        { "Od kiedy Poznań jest w Energy Cities?", "Energy Cities" },
        { "Co z Metropolią Nadwarciańską?", "Metropolia Nadwarciańska" },
        { "Aglomeracji Testowej już nie ma?", "Metropolia Nadwarciańska" },
        { "konferencja POLIS", "Polis Network (POLIS)" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void FindMentions_QuestionForms_FindTheOrganisation(string question, string canonical)
    {
        var mention = Assert.Single(_sut.FindMentions(question));
        Assert.Equal(canonical, mention.Organisation.CanonicalName);
        Assert.Equal(mention.Text, question[mention.Start..mention.End]);
    }

    [Theory]
    [InlineData("Czy Poznań należy do Związku Gmin Wiejskich?")]
    [InlineData("Jaka była pogoda w 2019 r.?")]
    [InlineData("polis ubezpieczeniowych")]
    public void FindMentions_NoOrganisationNamed_FindsNothing(string question) =>
        Assert.Empty(_sut.FindMentions(question));

    [Theory]
    [InlineData("Stowarzyszenie Aglomeracja Testowa", "Metropolia Nadwarciańska")]
    [InlineData("Covenant of Mayors Europe Office", "Covenant of Mayors - Europe Office")]
    [InlineData("fundacja miasta partnerskie europy", "Fundacja „Miasta Partnerskie Europy”")]
    [InlineData("Fundacji „Miasta Partnerskie Europy”", "\"Miasta Partnerskie Europy\" Foundation")]
    public void Resolve_WrittenForms_GiveTheOrganisationOfTheListedName(string name, string listedName) =>
        Assert.Equal(_knowledge.Memberships.First(m => m.NameAsWritten == listedName).OrganisationId, _sut.Resolve(name)?.Id);

    [Fact]
    public void Resolve_UnknownName_IsNull() => Assert.Null(_sut.Resolve("Związek Gmin Wiejskich RP"));
}

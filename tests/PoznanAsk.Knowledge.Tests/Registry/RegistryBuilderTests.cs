using PoznanAsk.Knowledge.Registry;

namespace PoznanAsk.Knowledge.Tests.Registry;

public sealed class RegistryBuilderTests
{
    private static OrganisationRegistry Build(params (string Name, int Year)[] names) =>
        RegistryBuilder.Build(names.Select(n => new NameOccurrence(n.Name, n.Year, Listed: true)), [], [], stem: null);

    public static TheoryData<string, string, string> Merged => new()
    {
        { "Stowarzyszenie „Zielone Miasta”", "Stowarzyszenie \"Zielone Miasta\"", "cudzysłowami" },
        { "Kraków – Nürnberg Foundation", "Fundacja Kraków – Nürnberg", "formy prawnej" },
        { "Saint-Jean-de-Luz Partnership", "Saint Jean de Luz Partnership", "łącznikami" },
        { "Rada Miast – Północ", "Rada Miast - Północ", "cudzysłowami" },
        { "Baltic Cities Network (BCN)", "Baltic Cities Network", "skrótu" },
        { "Baltic Cities Network (BCN)", "BCN", "skrót" },
        { "Związek Stowarzyszeń Bank Żywności Gniezno", "Bank Żywności Gniezno", "formy prawnej" },
        { "SKM – Stowarzyszenie Kolei Metropolitalnej", "Stowarzyszenie Kolei Metropolitalnej", "skrótu" },
        { "Fundacja Rozwoju Miast", "FUNDACJA ROZWOJU MIAST", "wielkością liter" },
    };

    [Theory]
    [MemberData(nameof(Merged))]
    public void Build_NamesOfOneOrganisation_AreMergedWithTheReason(string a, string b, string reasonWords)
    {
        var sut = Build((a, 2019), (b, 2020));
        var organisation = Assert.Single(sut.Organisations);
        var alias = Assert.Single(organisation.Aliases);
        Assert.Contains(reasonWords, alias.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Distinct => new()
    {
        { "Związek Miast Polskich", "Miast Polskich Forum" },
        { "Związek Miast Polskich", "Stowarzyszenie Zdrowych Miast Polskich" },
        { "Unia Metropolii Polskich", "Unia Miasteczek Polskich" },
        { "WHO Healthy Cities Network – VI Phase", "WHO Global Network for Age-friendly Cities" },
        { "Fundacja Rozwoju Miast", "Fundacja Rozwoju Wsi" },
        { "Związek Gmin Wiejskich", "Gmin Wiejskich" },
    };

    [Theory]
    [MemberData(nameof(Distinct))]
    public void Build_DifferentOrganisations_StayApart(string a, string b) =>
        Assert.Equal(2, Build((a, 2019), (b, 2019)).Organisations.Count);

    [Fact]
    public void Build_SameNameWithDoubleOrNoBreakSpaces_IsOneNameWithoutAlias()
    {
        var organisation = Assert.Single(Build(("Fundacja\u00A0 Rozwoju Miast", 2019), ("Fundacja Rozwoju Miast", 2020)).Organisations);
        Assert.Equal("Fundacja Rozwoju Miast", organisation.CanonicalName);
        Assert.Empty(organisation.Aliases);
    }

    [Fact]
    public void Build_Canonical_IsTheMostRecentFullName()
    {
        var sut = Build(("Stowarzyszenie Metropolia Kalisz", 2018), ("Metropolia Kalisz", 2022), ("Stowarzyszenie Metropolia Kalisz", 2020));
        Assert.Equal("Metropolia Kalisz", Assert.Single(sut.Organisations).CanonicalName);
    }

    [Fact]
    public void Build_SentenceName_InflectedFormJoinsTheListedOrganisation()
    {
        var names = new[]
        {
            new NameOccurrence("Związek Gmin Nadnoteckich", 2021, Listed: true),
            new NameOccurrence("Związku Gmin Nadnoteckich", 2021, Listed: false),
        };
        var sut = RegistryBuilder.Build(names, [], [], stem: null);
        var organisation = Assert.Single(sut.Organisations);
        Assert.Equal("Związek Gmin Nadnoteckich", organisation.CanonicalName);
        Assert.Contains("odmienion", organisation.Aliases.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CuratedAlias_MergesWhatTheTextCannotAndQuotesTheReason()
    {
        var names = new[] { new NameOccurrence("Klub Miast Nadmorskich", 2018, true), new NameOccurrence("Sieć Portów Bałtyckich", 2022, true) };
        var curated = AliasFile.Parse("Klub Miast Nadmorskich\tSieć Portów Bałtyckich\tzmiana nazwy w 2020 r.\n");
        var sut = RegistryBuilder.Build(names, curated, [], stem: null);
        var organisation = Assert.Single(sut.Organisations);
        Assert.Equal("Sieć Portów Bałtyckich", organisation.CanonicalName);
        Assert.Contains("zmiana nazwy w 2020 r.", organisation.Aliases.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AbbreviationAfterAMentionInText_IsRecorded()
    {
        var sut = RegistryBuilder.Build([new NameOccurrence("Związek Gmin Nadnoteckich", 2021, true)], [], ["W ramach prac w Związku Gmin Nadnoteckich (ZGN) odbyły się spotkania."], stem: null);
        Assert.Equal(["ZGN"], Assert.Single(sut.Organisations).Abbreviations);
    }

    public static TheoryData<string, bool> Mentions => new()
    {
        { "spotkanie w Związku Gmin Nadnoteckich", true },
        { "ze Związkiem Gmin Nadnoteckich", true },
        { "w ZGN odbyło się", true },
        { "w związku gmin nadnoteckich", false },
        { "Związek Gmin Pomorskich", false },
    };

    [Theory]
    [MemberData(nameof(Mentions))]
    public void FindMentions_InflectedOrAbbreviated_AreFound(string text, bool found)
    {
        var sut = RegistryBuilder.Build([new NameOccurrence("Związek Gmin Nadnoteckich (ZGN)", 2021, true)], [], [], stem: null);
        Assert.Equal(found, sut.FindMentions(text).Count == 1);
    }
}

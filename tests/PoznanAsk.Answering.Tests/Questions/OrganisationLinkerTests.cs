using PoznanAsk.Analysis;
using PoznanAsk.Answering.Questions;
using PoznanAsk.Answering.Tests.Support;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Tests.Questions;

public sealed class OrganisationLinkerTests
{
    public static TheoryData<string, string> Linked => new()
    {
        { "Czy Poznań należy do Unii Metropolii Polskich?", "Unia Metropolii Polskich" },
        { "Czy Poznań należy do Związku Miast Polskich?", "Związek Miast Polskich" },
        { "czy poznan nalezy do zwiazku miast polskich", "Związek Miast Polskich" },
        { "Zwiazek Miast Polskich", "Związek Miast Polskich" },
        { "Czy Poznań należy do Zwiazku Miast Polskch?", "Związek Miast Polskich" },
        { "czy jest w eurocitis", "EUROCITIES" },
        { "ZMP", "Związek Miast Polskich" },
        { "ump", "Unia Metropolii Polskich" },
        { "ICCA", "International Congress and Convention Association" },
        { "ECM", "European Cities Marketing" },
        { "OASC", "Open & Agile Smart Cities" },
        { "w Stowarzyszeniu Zdrowych Miast Polskich", "Stowarzyszenie Zdrowych Miast Polskich" },
        { "Fundacja Poznań – Ille-et-Vilaine", "Poznań – Ille-et-Vilaine Foundation" },
        { "do Metropolii Poznań", "Metropolia Poznań" },
        { "Stowarzyszenie Metropolia Poznań", "Metropolia Poznań" },
        { "w Wielkopolskim Ośrodku Kształcenia i Studiów Samorządowych", "Wielkopolski Ośrodek Kształcenia i Studiów Samorządowych" },
        { "Szlaku Piastowskiego", "Klaster Turystyczny „Szlak Piastowski w Wielkopolsce”" },
        { "Union of the Baltic Cities", "Union of the Baltic Cities" },
    };

    [Theory]
    [MemberData(nameof(Linked))]
    public void Link_InflectedTypedOrAbbreviated_FindsRegistryOrganisation(string question, string canonical)
    {
        var sut = Corpora.Composer(Corpora.MultiYear).Parser.Linker;

        var mentions = sut.Link(question, WordSplitter.Split(question));

        Assert.Contains(mentions, m => m.Organisation.CanonicalName == canonical && !m.IsAmbiguous);
    }

    [Theory]
    [InlineData("Czy miasto Poznań należy do polskich organizacji?")]
    [InlineData("Do jakich organizacji należy Poznań?")]
    [InlineData("Jakie polskie organizacje zrzeszają Poznań w 2017 r.?")]
    [InlineData("Who is the mayor?")]
    [InlineData("Czy Poznań należy do Unii Europejskiej?")]
    public void Link_QuestionWithoutOrganisation_FindsNone(string question)
    {
        var sut = Corpora.Composer(Corpora.MultiYear).Parser.Linker;

        Assert.Empty(sut.Link(question, WordSplitter.Split(question)));
    }

    [Fact]
    public void Link_TwoOrganisations_FindsBothInOrder()
    {
        var sut = Corpora.Composer(Corpora.Seeds).Parser.Linker;
        const string q = "Czy Poznań należy do ZMP i do Unii Metropolii Polskich?";

        var mentions = sut.Link(q, WordSplitter.Split(q));

        Assert.Equal(["Związek Miast Polskich", "Unia Metropolii Polskich"], mentions.Select(m => m.Organisation.CanonicalName));
    }

    [Fact]
    public void Link_InitialismOfUnseenRegistry_IsDerivedFromTheName()
    {
        var registry = new[]
        {
            new Organisation("a", "Stowarzyszenie Przyjaznych Gmin Nadwarciańskich", [], []),
            new Organisation("b", "Baltic Sea Forum", [], []),
        };
        var sut = new OrganisationLinker(registry, [], analyzer: null);

        var mentions = sut.Link("Czy miasto należy do SPGN?", WordSplitter.Split("Czy miasto należy do SPGN?"));

        Assert.Equal("a", Assert.Single(mentions).Organisation.Id);
    }

    [Fact]
    public void Link_SameInitialismForTwoOrganisations_IsAmbiguous()
    {
        var registry = new[]
        {
            new Organisation("a", "Baltic Sea Forum", [], []),
            new Organisation("b", "Business Startup Fund", [], []),
        };
        var sut = new OrganisationLinker(registry, [], analyzer: null);

        var mention = Assert.Single(sut.Link("BSF", WordSplitter.Split("BSF")));

        Assert.True(mention.IsAmbiguous);
    }

    [Fact]
    public void Link_AnalyzerTerms_JoinFormsTheSurfaceRulesMiss()
    {
        var registry = new[] { new Organisation("u", "Unia Gmin Wiejskich", [], []) };
        const string q = "Czy Poznań jest w Unii Gmin?";
        var withoutAnalyzer = new OrganisationLinker(registry, [], analyzer: null);
        var withAnalyzer = new OrganisationLinker(registry, [], new UniaAnalyzer());

        Assert.Empty(withoutAnalyzer.Link(q, WordSplitter.Split(q)));
        Assert.Equal("u", Assert.Single(withAnalyzer.Link(q, WordSplitter.Split(q))).Organisation.Id);
    }

    /// <summary>A stand-in analyzer: lower-cases words and stems "unii"/"unię" to "unia", as Stempel does.</summary>
    private sealed class UniaAnalyzer : Analyzer
    {
        public override string Name => "test-unia";

        public override void Analyze(string text, TokenSink sink)
        {
            foreach (var w in WordSplitter.Split(text))
            {
                var term = w.Folded is "unii" or "unie" ? "unia" : w.Folded;
                sink(term, w.Start, w.End, 1, TokenType.AlphaNum);
            }
        }
    }
}

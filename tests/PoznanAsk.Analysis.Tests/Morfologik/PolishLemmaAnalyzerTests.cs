using PoznanAsk.Analysis.Morfologik;

namespace PoznanAsk.Analysis.Tests.Morfologik;

public sealed class PolishLemmaAnalyzerTests(LemmaAnalyzerFixture fixture) : IClassFixture<LemmaAnalyzerFixture>
{
    public static TheoryData<string, string> WordContainsLemma => new()
    {
        { "Związku", "związek" },
        { "Związek", "związek" },
        { "związku", "związek" },
        { "Unii", "unia" },
        { "Unię", "unia" },
        { "Poznaniu", "poznań" },
        { "Poznania", "poznań" },
        { "poznaniu", "poznań" },
        { "Polskich", "polski" },
        { "Miast", "miasto" },
        { "mieście", "miasto" },
        { "członkiem", "członek" },
        { "członkowie", "członek" },
        { "należało", "należeć" },
        { "przystąpiło", "przystąpić" },
        { "Wielkopolski", "wielkopolski" },
        { "Wielkopolski", "wielkopolska" },
        { "METROPOLII", "metropolia" },
        { "organizacjach", "organizacja" },
    };

    public static TheoryData<string, string[]> ExactTerms => new()
    {
        { "2021", ["2021"] },
        { "2011", ["2011"] },
        { "EUROCITIES", ["eurocities"] },
        { "Eurocitiesu", ["eurocitiesu"] },
        { "Unii", ["unia"] },
        { "A4", ["a4"] },
        { "COVID19", ["covid19"] },
        { "Zwiazku", ["związek", "zwiazku"] },
        { "Polskich", ["polski", "polskie"] },
    };

    public static TheoryData<string, string> DiacriticFree => new()
    {
        { "Zwiazku", "związek" },
        { "zwiazku", "związek" },
        { "ZWIAZKU", "związek" },
        { "Poznan", "poznań" },
        { "nalezy", "należeć" },
        { "czlonkiem", "członek" },
        { "wspolpraca", "współpraca" },
        { "miedzynarodowych", "międzynarodowy" },
        { "Slaskie", "śląski" },
    };

    [Theory]
    [MemberData(nameof(WordContainsLemma))]
    public void Analyze_InflectedForm_ContainsLemma(string word, string lemma) =>
        Assert.Contains(lemma, Terms(word));

    [Theory]
    [MemberData(nameof(ExactTerms))]
    public void Analyze_NumberOrUnknownWord_GivesExactlyTheseTerms(string word, string[] expected) =>
        Assert.Equal(expected, Terms(word));

    [Theory]
    [MemberData(nameof(DiacriticFree))]
    public void Analyze_WordWithoutDiacritics_ReachesLemma(string word, string lemma) =>
        Assert.Contains(lemma, Terms(word));

    [Fact]
    public void Analyze_UnknownRestoredWord_KeepsTheSurfaceForm() =>
        Assert.Contains("poznan", Terms("Poznan"));

    [Fact]
    public void Analyze_KnownWord_DoesNotKeepTheSurfaceForm() =>
        Assert.DoesNotContain("związku", Terms("Związku"));

    [Fact]
    public void Analyze_AmbiguousWord_AllLemmasAtOnePosition()
    {
        var tokens = fixture.Analyzer.Analyze("Polskich miast");
        Assert.Equal(1, tokens[0].PositionIncrement);
        var first = tokens.TakeWhile(t => t.Start == 0).ToList();
        Assert.True(first.Count >= 2, "Polskich should give polski and polskie");
        Assert.All(first.Skip(1), t => Assert.Equal(0, t.PositionIncrement));
        Assert.Equal(first.Count, first.Select(t => t.Term).Distinct().Count());
        Assert.All(first, t => Assert.Equal((0, 8), (t.Start, t.End)));
    }

    [Fact]
    public void Analyze_StopWords_RemovedBeforeLemmatisingAndPositionsKept()
    {
        var positions = LemmaAnalyzerFixture.Positions(fixture.Analyzer, "Miasto nie należy do Związku");
        Assert.DoesNotContain(positions, p => p.StartsWith("on@", StringComparison.Ordinal) || p.StartsWith("nie@", StringComparison.Ordinal));
        Assert.Contains("należeć@2", positions);
        Assert.Contains("związek@4", positions);
    }

    [Fact]
    public void Analyze_QuestionAndReportPhrase_ShareTermsAtEveryPosition()
    {
        var question = LemmaAnalyzerFixture.Positions(fixture.Analyzer, "w Zwiazku Miast Polskich");
        var report = LemmaAnalyzerFixture.Positions(fixture.Analyzer, "Związek Miast Polskich");
        foreach (var position in new[] { 1, 2, 3 })
        {
            var q = question.Where(t => t.EndsWith($"@{position}", StringComparison.Ordinal)).Select(t => t[..t.IndexOf('@', StringComparison.Ordinal)]);
            var r = report.Where(t => t.EndsWith($"@{position - 1}", StringComparison.Ordinal)).Select(t => t[..t.IndexOf('@', StringComparison.Ordinal)]);
            Assert.NotEmpty(q.Intersect(r));
        }
    }

    [Fact]
    public void Analyze_EmojiAndLongToken_DoNotThrowAndKeepOffsets()
    {
        var text = "Poznań 😀 " + new string('ą', 300);
        var tokens = fixture.Analyzer.Analyze(text);
        Assert.Contains(tokens, t => t.Term == "poznań");
        Assert.All(tokens, t => Assert.InRange(t.End, t.Start + 1, text.Length));
    }

    [Fact]
    public void Load_FromAnalysisOptions_RegistersUnderPolishLemma()
    {
        var options = new AnalysisOptions { ResourcesPath = PoznanAsk.Testing.TestPaths.Resources };
        var analysis = PolishAnalysis.Load(options).WithAnalyzer(PolishLemmaAnalyzer.Load(options));
        var tokens = analysis.Get(PolishAnalysis.LemmaName).Analyze("w Związku Miast Polskich");
        Assert.Equal("związek", tokens[0].Term);
        Assert.Equal(2, tokens[0].PositionIncrement);
    }

    [Fact]
    public void Name_IsPolishLemma() => Assert.Equal("polish-lemma", fixture.Analyzer.Name);

    [Fact]
    public void Lemmas_SingleWord_MatchesAnalyzeTerms() =>
        Assert.Equal(Terms("Poznaniu"), fixture.Analyzer.Lemmas("Poznaniu"));

    [Fact]
    public void Analyze_ParallelThreads_SameResultAsSequential()
    {
        var words = new[] { "Związku", "Poznaniu", "Zwiazku", "członkiem", "2021", "EUROCITIES", "nalezy", "miastach" };
        var expected = words.Select(w => string.Join(' ', Terms(w))).ToArray();
        Parallel.For(0, 2000, i =>
        {
            var w = i % words.Length;
            Assert.Equal(expected[w], string.Join(' ', Terms(words[w])));
        });
    }

    private List<string> Terms(string text) => [.. fixture.Analyzer.Analyze(text).Select(t => t.Term)];
}

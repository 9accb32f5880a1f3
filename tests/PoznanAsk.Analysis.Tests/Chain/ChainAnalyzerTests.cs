using PoznanAsk.Analysis.Chain;
using PoznanAsk.Analysis.Tests.Support;

namespace PoznanAsk.Analysis.Tests.Chain;

public class ChainAnalyzerTests
{
    [Fact]
    public void Analyze_FilterStacksATerm_EmittedAtSamePositionWithSameOffsets()
    {
        var analyzer = TestAnalysis.Instance.CreateChain("test-stack", [new StackingFake("poznań", "poznań-miasto")]);
        var tokens = analyzer.Analyze("Miasto Poznań");
        Assert.Equal(
            ["miasto 0 6 1", "poznań 7 13 1", "poznań-miasto 7 13 0"],
            tokens.Select(t => $"{t.Term} {t.Start} {t.End} {t.PositionIncrement}"));
    }

    [Fact]
    public void Analyze_FilterDropsTokens_NextKeptTokenCarriesTheirPositions()
    {
        var analyzer = TestAnalysis.Instance.CreateChain("test-drop", [new DroppingFake("miasto")]);
        var tokens = analyzer.Analyze("miasto miasto Poznań");
        Assert.Equal(["poznań:3"], tokens.Select(t => $"{t.Term}:{t.PositionIncrement}"));
    }

    [Fact]
    public void Analyze_SinkReentersTheAnalyzer_BothRunsCorrect()
    {
        var analyzer = TestAnalysis.Instance.Reference;
        var outer = new List<string>();
        analyzer.Analyze("Związku Miast", (term, _, _, _, _) =>
        {
            string kept = term.ToString();
            var inner = analyzer.Analyze("organizacjach");
            outer.Add(kept + "+" + inner[0].Term);
        });
        Assert.Equal(["związek+organizacja", "miasto+organizacja"], outer);
    }

    [Fact]
    public void Analyze_ManyThreads_SameResultsAsOneThread()
    {
        var analyzer = TestAnalysis.Instance.Stemmed;
        var texts = GoldenFiles.ReadLines("oracle-new-text.txt");
        var expected = texts.Select(t => TestAnalysis.Rows(analyzer, t)).ToList();
        var results = new List<string>[texts.Count * 8];
        Parallel.For(0, results.Length, i => results[i] = TestAnalysis.Rows(analyzer, texts[i % texts.Count]));
        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Count], results[i]);
        }
    }

    [Fact]
    public void Analyze_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => TestAnalysis.Instance.Reference.Analyze(null!, (_, _, _, _, _) => { }));
        Assert.Throws<ArgumentNullException>(() => TestAnalysis.Instance.Reference.Analyze("tekst", null!));
    }

    private sealed class StackingFake(string when, string extra) : TokenFilter
    {
        public override bool Apply(TermBuffer term, TokenType type)
        {
            if (term.Span.SequenceEqual(when))
            {
                term.Stack(extra);
            }

            return true;
        }
    }

    private sealed class DroppingFake(string drop) : TokenFilter
    {
        public override bool Apply(TermBuffer term, TokenType type) => !term.Span.SequenceEqual(drop);
    }
}

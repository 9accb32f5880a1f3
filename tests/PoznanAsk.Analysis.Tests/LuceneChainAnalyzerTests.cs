using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using PoznanAsk.Analysis.Tests.Support;

namespace PoznanAsk.Analysis.Tests;

public class LuceneChainAnalyzerTests
{
    [Fact]
    public void Analyze_FilterDropsTokens_NextKeptTokenCarriesTheirPositions()
    {
        var drop = new CharArraySet(PolishAnalysis.Version, ["miasto"], ignoreCase: false);
        var sut = TestAnalysis.Instance.CreateChain("test-drop", t => new StopFilter(PolishAnalysis.Version, t, drop));
        var tokens = sut.Analyze("miasto Miasto Poznań");
        Assert.Equal(["poznań:3"], tokens.Select(t => $"{t.Term}:{t.PositionIncrement}"));
    }

    [Fact]
    public void Analyze_SinkReentersTheAnalyzer_BothRunsCorrect()
    {
        var sut = TestAnalysis.Instance.Reference;
        var outer = new List<string>();
        sut.Analyze("Związku Miast", (term, _, _, _, _) =>
        {
            string kept = term.ToString();
            var inner = sut.Analyze("organizacjach");
            outer.Add(kept + "+" + inner[0].Term);
        });
        Assert.Equal(["związek+organizacja", "miasto+organizacja"], outer);
    }

    [Fact]
    public void Analyze_ManyThreads_SameResultsAsOneThread()
    {
        var sut = TestAnalysis.Instance.Stemmed;
        var texts = GoldenFiles.ReadLines("oracle-new-text.txt");
        var expected = texts.Select(t => TestAnalysis.Rows(sut, t)).ToList();
        var results = new List<string>[texts.Count * 8];
        Parallel.For(0, results.Length, i => results[i] = TestAnalysis.Rows(sut, texts[i % texts.Count]));
        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Count], results[i]);
        }
    }

    /// <summary>The index writes with <see cref="LuceneChainAnalyzer.Lucene"/>; the question side reads through <c>Analyze</c>: same tokens.</summary>
    [Fact]
    public void Lucene_TokenStreamOfTheIndex_SameTokensAsAnalyze()
    {
        var sut = TestAnalysis.Instance.Folded;
        const string text = "Poznań należy do Związku Miast Polskich od 1990 r.";
        var terms = new List<string>();
        using (var stream = sut.Lucene.GetTokenStream("text.folded", text))
        {
            var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                terms.Add(term.ToString());
            }

            stream.End();
        }

        Assert.Equal(sut.Analyze(text).Select(t => t.Term), terms);
    }

    [Fact]
    public void Analyze_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => TestAnalysis.Instance.Reference.Analyze(null!, (_, _, _, _, _) => { }));
        Assert.Throws<ArgumentNullException>(() => TestAnalysis.Instance.Reference.Analyze("tekst", null!));
    }

    [Fact]
    public void TypeOf_UnknownTypeName_Throws() =>
        Assert.Throws<AnalysisException>(() => LuceneChainAnalyzer.TypeOf("<EMOJI>"));
}

using PoznanAsk.Analysis.Morfologik;
using PoznanAsk.Testing;

namespace PoznanAsk.Analysis.Tests.Morfologik;

/// <summary>One <c>polish-lemma</c> analyzer over the real dictionary and stop list, shared by a test class.</summary>
public sealed class LemmaAnalyzerFixture
{
    public LemmaAnalyzerFixture()
    {
        Analyzer = PolishLemmaAnalyzer.Load(new MorfologikOptions { ResourcesPath = TestPaths.Resources });
    }

    internal PolishLemmaAnalyzer Analyzer { get; }

    /// <summary>Tokens as "term@position" (position counted from the increments), in order.</summary>
    internal static List<string> Positions(Analyzer analyzer, string text)
    {
        var result = new List<string>();
        var position = -1;
        foreach (var token in analyzer.Analyze(text))
        {
            position += token.PositionIncrement;
            result.Add($"{token.Term}@{position}");
        }

        return result;
    }
}

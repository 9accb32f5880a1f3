using PoznanAsk.Analysis;

namespace PoznanAsk.Search.CrashChild;

/// <summary>Whitespace words, lower-cased: enough text analysis for a crash test.</summary>
internal sealed class WordAnalyzer : Analyzer
{
    public const string AnalyzerName = "crash-words";

    public override string Name => AnalyzerName;

    public override void Analyze(string text, TokenSink sink)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                sink(text.AsSpan(start, i - start).ToString().ToLowerInvariant(), start, i, 1, TokenType.AlphaNum);
            }
        }
    }
}

using PoznanAsk.Analysis;
using PoznanAsk.Answering.Questions;

namespace PoznanAsk.Answering.Retrieval;

/// <summary>
/// Folded surface words (<see cref="WordSplitter"/> + <see cref="TextFolding"/>), no stemming and no
/// resources: the <c>text.folded</c> chain of a passage index built without the Polish analysis,
/// where an exact folded word is all there is to match.
/// </summary>
internal sealed class SurfaceAnalyzer : Analyzer
{
    /// <summary>The shared instance.</summary>
    public static readonly SurfaceAnalyzer Instance = new();

    private SurfaceAnalyzer()
    {
    }

    /// <inheritdoc />
    public override string Name => "answering-surface";

    /// <inheritdoc />
    public override void Analyze(string text, TokenSink sink)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var w in WordSplitter.Split(text))
        {
            sink(w.Folded, w.Start, w.End, 1, char.IsDigit(w.Folded[0]) ? TokenType.Num : TokenType.AlphaNum);
        }
    }

    /// <inheritdoc />
    public override string Normalize(string term) => TextFolding.Fold(term ?? string.Empty);
}

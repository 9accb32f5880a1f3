using PoznanAsk.Analysis.Chain;

namespace PoznanAsk.Analysis.Filters;

/// <summary>Applies <see cref="DiacriticFolding"/> to the term.</summary>
internal sealed class FoldingFilter : TokenFilter
{
    public static FoldingFilter Instance { get; } = new();

    public override bool Apply(TermBuffer term, TokenType type)
    {
        term.Length = DiacriticFolding.InPlace(term.Span);
        return true;
    }
}

using PoznanAsk.Analysis.Chain;

namespace PoznanAsk.Analysis.Filters;

/// <summary>Lucene's <c>LowerCaseFilter</c>: Java-parity simple lower-casing per code point.</summary>
internal sealed class LowerCaseFilter : TokenFilter
{
    public static LowerCaseFilter Instance { get; } = new();

    public override bool Apply(TermBuffer term, TokenType type)
    {
        JavaLowerCase.InPlace(term.Span);
        return true;
    }
}

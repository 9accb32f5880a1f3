using PoznanAsk.Analysis.Chain;

namespace PoznanAsk.Analysis.Filters;

/// <summary>Lucene's <c>StopFilter</c>: drops tokens in the set (the chain carries their positions forward).</summary>
internal sealed class StopFilter(StopWords stopWords) : TokenFilter
{
    public override bool Apply(TermBuffer term, TokenType type) => !stopWords.Contains(term.Span);
}

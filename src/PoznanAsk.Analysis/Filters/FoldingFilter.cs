using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PoznanAsk.Analysis.Filters;

/// <summary>
/// Applies <see cref="DiacriticFolding"/> to each term, in place. Not Lucene.Net's <c>ASCIIFoldingFilter</c>:
/// that one also rewrites ß→ss, æ→ae, ①→1 … and keeps combining marks, while the question side (word
/// matching, organisation names) folds with <see cref="DiacriticFolding"/>; one rule for both.
/// </summary>
internal sealed class FoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public FoldingFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        _term.SetLength(DiacriticFolding.InPlace(_term.Buffer.AsSpan(0, _term.Length)));
        return true;
    }
}

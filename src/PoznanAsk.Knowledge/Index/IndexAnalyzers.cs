using PoznanAsk.Analysis;

namespace PoznanAsk.Knowledge.Index;

/// <summary>The analyzers of the knowledge index's text fields: Lucene.Net chains, which the index writes and queries with.</summary>
/// <param name="Text">The <see cref="SearchField.Text"/> chain (Stempel with the project's guards).</param>
/// <param name="Folded">The <see cref="SearchField.Folded"/> chain.</param>
/// <param name="Lemma">The <see cref="SearchField.Lemma"/> chain (Morfologik), or null for an index without it.</param>
public sealed record IndexAnalyzers(LuceneChainAnalyzer Text, LuceneChainAnalyzer Folded, LuceneChainAnalyzer? Lemma = null)
{
    /// <summary>The analyzers of <paramref name="analysis"/>: <c>polish</c>, <c>polish-folded</c> and, when loaded, <c>polish-lemma</c>.</summary>
    public static IndexAnalyzers Of(PolishAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new IndexAnalyzers(analysis.Stemmed, analysis.Folded, analysis.TryGet(PolishAnalysis.LemmaName, out var lemma) ? lemma : null);
    }

    /// <summary>The analyzer of <paramref name="field"/>, or null when the index has no such field.</summary>
    public LuceneChainAnalyzer? Of(SearchField field) => field switch
    {
        SearchField.Text => Text,
        SearchField.Lemma => Lemma,
        SearchField.Folded => Folded,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}

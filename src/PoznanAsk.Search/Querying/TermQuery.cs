using PoznanAsk.Search.Highlighting;
using PoznanAsk.Search.Querying.Scorers;
using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Scoring;

namespace PoznanAsk.Search.Querying;

/// <summary>Documents containing one exact (already analysed) term; BM25-scored.</summary>
public sealed class TermQuery : Query
{
    /// <summary>Creates the query for <paramref name="term"/> in <paramref name="field"/>.</summary>
    public TermQuery(string field, string term)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(term);
        Field = field;
        Term = term;
    }

    internal TermQuery(string field, string term, long docFreqOverride)
        : this(field, term) => DocFreqOverride = docFreqOverride;

    /// <summary>The field.</summary>
    public string Field { get; }

    /// <summary>The exact indexed term (for Int fields use <see cref="IntRangeQuery"/>).</summary>
    public string Term { get; }

    /// <summary>A document frequency to score with instead of the real one (fuzzy blending), or 0.</summary>
    internal long DocFreqOverride { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Field}:{Term}";

    internal override Weight CreateWeight(IndexSearcher searcher, bool needsScores, float boost)
    {
        var field = searcher.FieldNumber(Field);
        if (field < 0)
        {
            return new NoMatchWeight();
        }

        var (docCount, _, cache) = searcher.FieldStats(field);
        var df = DocFreqOverride > 0 ? DocFreqOverride : searcher.DocFreq(field, Term);
        var weight = boost * Bm25.Idf(df, Math.Max(docCount, df));
        return new TermWeight(field, Term, weight, cache);
    }

    internal override void CollectTerms(IndexSearcher searcher, QueryTerms terms) => terms.AddTerm(Field, Term);

    private sealed class TermWeight(int field, string term, float weight, float[] cache) : Weight
    {
        public override Scorer? GetScorer(LeafReader leaf)
        {
            var postings = leaf.Segment.Postings(field, term);
            return postings is null ? null : new TermScorer(postings, leaf.Segment.Field(field)!, weight, cache);
        }
    }
}

using PoznanAsk.Search.Highlighting;

namespace PoznanAsk.Search.Querying;

/// <summary>Multiplies the inner query's score by <see cref="Boost"/> (<c>term^2</c>); for BM25 the boost scales the idf weight, as in Lucene.</summary>
public sealed class BoostQuery : Query
{
    /// <summary>Creates the query; the boost must be finite and ≥ 0.</summary>
    public BoostQuery(Query query, float boost)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!float.IsFinite(boost) || boost < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(boost), boost, "A boost must be finite and not negative.");
        }

        Query = query;
        Boost = boost;
    }

    /// <summary>The boosted query.</summary>
    public Query Query { get; }

    /// <summary>The factor.</summary>
    public float Boost { get; }

    /// <inheritdoc/>
    public override string ToString() => $"({Query})^{Boost.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    internal override Weight CreateWeight(IndexSearcher searcher, bool needsScores, float boost) => Query.CreateWeight(searcher, needsScores, boost * Boost);

    internal override void CollectTerms(IndexSearcher searcher, QueryTerms terms) => Query.CollectTerms(searcher, terms);
}

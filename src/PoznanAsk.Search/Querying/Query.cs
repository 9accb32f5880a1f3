namespace PoznanAsk.Search.Querying;

/// <summary>
/// A search query. Build one directly (<see cref="TermQuery"/>, <see cref="PhraseQuery"/>,
/// <see cref="BooleanQuery"/>…) or with the query parser (<c>Parsing.QueryParser</c>). Queries are immutable and
/// may be reused across searchers and threads.
/// </summary>
public abstract class Query
{
    internal abstract Weight CreateWeight(IndexSearcher searcher, bool needsScores, float boost);

    /// <summary>Adds the (field, term) pairs this query matches on, for highlighting.</summary>
    internal abstract void CollectTerms(IndexSearcher searcher, Highlighting.QueryTerms terms);

    /// <summary>Lucene-like rendering, e.g. <c>+text:sąd -year:[2020 TO 2021]</c>.</summary>
    public abstract override string ToString();
}

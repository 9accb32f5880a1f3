namespace PoznanAsk.Search.Querying;

/// <summary>The result of a search: how many live documents matched, and the best ones (score desc, then doc asc).</summary>
/// <param name="TotalHits">Exact number of matching live documents.</param>
/// <param name="Hits">The top hits.</param>
public sealed record TopDocs(long TotalHits, IReadOnlyList<ScoreDoc> Hits);

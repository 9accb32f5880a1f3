namespace PoznanAsk.Search.Querying;

/// <summary>One hit: the document number in the searched snapshot and its score.</summary>
/// <param name="Doc">Document number (pass it to <see cref="IndexSearcher.Document"/>).</param>
/// <param name="Score">BM25 score (Lucene 8 formula).</param>
public readonly record struct ScoreDoc(int Doc, float Score);

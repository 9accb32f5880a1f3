namespace PoznanAsk.Search.Querying;

/// <summary>One clause of a <see cref="BooleanQuery"/>.</summary>
/// <param name="Query">The sub-query.</param>
/// <param name="Occur">Its role.</param>
public sealed record BooleanClause(Query Query, Occur Occur);

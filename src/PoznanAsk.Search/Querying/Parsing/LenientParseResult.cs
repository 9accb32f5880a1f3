namespace PoznanAsk.Search.Querying.Parsing;

/// <summary>The result of lenient parsing: the best query for the text and what had to be dropped or read literally.</summary>
/// <param name="Query">The query (an empty <see cref="BooleanQuery"/>, matching nothing, when no searchable word remained).</param>
/// <param name="Dropped">One plain Polish note per repair (e.g. "pominięto niezamknięty cudzysłów na pozycji 7"); empty when the text parsed as is.</param>
public sealed record LenientParseResult(Query Query, IReadOnlyList<string> Dropped)
{
    /// <summary>Whether the query has nothing to search for.</summary>
    public bool IsEmpty => Query is BooleanQuery { Clauses.Count: 0 };
}

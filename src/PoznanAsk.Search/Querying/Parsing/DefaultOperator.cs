namespace PoznanAsk.Search.Querying.Parsing;

/// <summary>How clauses without an explicit operator combine.</summary>
public enum DefaultOperator
{
    /// <summary>Any clause may match (Lucene's default): <c>a b</c> = <c>a OR b</c>.</summary>
    Or,

    /// <summary>Every clause must match: <c>a b</c> = <c>a AND b</c>.</summary>
    And,
}

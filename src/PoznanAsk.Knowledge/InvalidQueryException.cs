namespace PoznanAsk.Knowledge;

/// <summary>
/// A user query (Lucene classic syntax) that does not parse. The message says what is wrong, in
/// Polish, without the position; <see cref="Position"/> is the 0-based character offset of the problem.
/// Hosts map it to a 400 (REST) or exit code 2 (CLI).
/// </summary>
public sealed class InvalidQueryException : KnowledgeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong (Polish, no position).</param>
    /// <param name="position">0-based character offset in the query.</param>
    public InvalidQueryException(string message, int position)
        : base(message) => Position = position;

    /// <summary>Creates the exception for a query the search library refused (<paramref name="innerException"/> says how).</summary>
    /// <param name="message">What is wrong (Polish, no position).</param>
    /// <param name="position">0-based character offset in the query.</param>
    /// <param name="innerException">The library's exception.</param>
    public InvalidQueryException(string message, int position, Exception innerException)
        : base(message, innerException) => Position = position;

    /// <summary>Creates the exception.</summary>
    public InvalidQueryException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public InvalidQueryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InvalidQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>0-based character offset in the query where parsing failed.</summary>
    public int Position { get; }
}

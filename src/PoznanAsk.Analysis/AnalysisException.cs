namespace PoznanAsk.Analysis;

/// <summary>
/// The analysis stage's exception base: a resource (Stempel table, stop-word list, tokenizer
/// class table) is missing, truncated or malformed, or the options are invalid. Messages name the
/// file involved and, for downloaded resources, say to run <c>scripts/setup</c>.
/// </summary>
public class AnalysisException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public AnalysisException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public AnalysisException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message (prefer the other constructors).</summary>
    public AnalysisException()
    {
    }
}

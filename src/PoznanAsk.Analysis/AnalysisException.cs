namespace PoznanAsk.Analysis;

/// <summary>
/// Base of every error the analysis stage raises (missing or corrupt resources, bad options).
/// Callers that start the service catch this one type to report a failed start.
/// </summary>
public class AnalysisException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public AnalysisException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public AnalysisException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace PoznanAsk.Knowledge;

/// <summary>
/// A report file cannot be read (binary content, undecodable bytes, unreadable HTML). The whole
/// ingest is abandoned and nothing is committed, so the previous index stays as it was.
/// </summary>
public sealed class ReportReadException : KnowledgeException
{
    /// <summary>Creates the exception for a file.</summary>
    /// <param name="source">The file name relative to the reports folder.</param>
    /// <param name="message">What is wrong, for the user.</param>
    public ReportReadException(string source, string message)
        : base($"{source}: {message}") => Source = source;

    /// <summary>Creates the exception.</summary>
    public ReportReadException()
    {
        Source = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public ReportReadException(string message)
        : base(message)
    {
        Source = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public ReportReadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Source = string.Empty;
    }

    /// <summary>The file concerned, relative to the reports folder.</summary>
    public new string Source { get; }
}

namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// A Morfologik dictionary file (<c>.dict</c> or <c>.info</c>) is missing, unreadable, malformed or
/// fails its checksum. Raised at load time, never during a lookup; the message names the file.
/// </summary>
public sealed class MorfologikDictionaryException : AnalysisException
{
    /// <summary>Creates the exception for <paramref name="filePath"/>.</summary>
    public MorfologikDictionaryException(string filePath, string problem)
        : base($"Morfologik dictionary file '{filePath}': {problem}")
    {
        FilePath = filePath;
    }

    /// <summary>Creates the exception for <paramref name="filePath"/> with the underlying error.</summary>
    public MorfologikDictionaryException(string filePath, string problem, Exception innerException)
        : base($"Morfologik dictionary file '{filePath}': {problem}", innerException)
    {
        FilePath = filePath;
    }

    /// <summary>The file that failed (as given to the loader).</summary>
    public string FilePath { get; }
}

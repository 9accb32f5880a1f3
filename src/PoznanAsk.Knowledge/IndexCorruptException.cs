namespace PoznanAsk.Knowledge;

/// <summary>
/// The index folder holds a damaged commit (a flipped byte, a truncated or missing file, a foreign
/// format). <see cref="File"/> names the file when Lucene says which; the index can be rebuilt from
/// the reports (<c>poznanask index</c> into a fresh folder).
/// </summary>
public sealed class IndexCorruptException : KnowledgeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="file">The damaged file, when known.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">Lucene's error.</param>
    public IndexCorruptException(string indexPath, string? file, string message, Exception innerException)
        : base(message, innerException)
    {
        IndexPath = indexPath;
        File = file;
    }

    /// <summary>Creates the exception.</summary>
    public IndexCorruptException()
    {
        IndexPath = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public IndexCorruptException(string message)
        : base(message)
    {
        IndexPath = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public IndexCorruptException(string message, Exception innerException)
        : base(message, innerException)
    {
        IndexPath = string.Empty;
    }

    /// <summary>The index folder.</summary>
    public string IndexPath { get; }

    /// <summary>The damaged file (name within <see cref="IndexPath"/>), when known.</summary>
    public string? File { get; }
}

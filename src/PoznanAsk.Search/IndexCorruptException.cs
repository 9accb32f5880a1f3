namespace PoznanAsk.Search;

/// <summary>An index file is missing, truncated, has a bad magic/version or fails its checksum.</summary>
public sealed class IndexCorruptException : SearchException
{
    /// <summary>Creates the error for <paramref name="fileName"/>.</summary>
    public IndexCorruptException(string fileName, string problem, Exception? inner = null)
        : base($"Index file '{fileName}' is corrupt: {problem}.", inner)
    {
        FileName = fileName;
        Problem = problem;
    }

    /// <summary>The file name (inside the index directory) that failed verification.</summary>
    public string FileName { get; }

    /// <summary>What was wrong, in plain words (e.g. "checksum mismatch").</summary>
    public string Problem { get; }
}

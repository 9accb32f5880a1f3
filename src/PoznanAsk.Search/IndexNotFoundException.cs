namespace PoznanAsk.Search;

/// <summary>The index directory holds no commit yet (nothing was ever committed there).</summary>
public sealed class IndexNotFoundException : SearchException
{
    /// <summary>Creates the error for <paramref name="path"/>.</summary>
    public IndexNotFoundException(string path)
        : base($"No index commit found in '{path}'.")
    {
        Path = path;
    }

    /// <summary>The index directory.</summary>
    public string Path { get; }
}

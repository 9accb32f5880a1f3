namespace PoznanAsk.Search;

/// <summary>Another writer (this or another process) holds the index's write lock.</summary>
public sealed class IndexLockedException : SearchException
{
    /// <summary>Creates the error for the lock file at <paramref name="lockPath"/>.</summary>
    public IndexLockedException(string lockPath, Exception? inner = null)
        : base($"The index is locked by another writer ({lockPath}).", inner)
    {
        LockPath = lockPath;
    }

    /// <summary>Path of the lock file.</summary>
    public string LockPath { get; }
}

namespace PoznanAsk.Search.Storage;

/// <summary>
/// The index's write lock: <c>write.lock</c> held open with an exclusive OS lock (flock on Unix), so
/// a second writer in any process fails at once and a killed writer's lock disappears with it.
/// </summary>
internal sealed class WriteLock : IDisposable
{
    public const string FileName = "write.lock";
    private readonly FileStream _stream;

    private WriteLock(FileStream stream) => _stream = stream;

    public static WriteLock Acquire(string directory)
    {
        var path = Path.Combine(directory, FileName);
        try
        {
            return new WriteLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e)
        {
            throw new IndexLockedException(path, e);
        }
    }

    public void Dispose() => _stream.Dispose();
}

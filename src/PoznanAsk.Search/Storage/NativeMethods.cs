using System.Runtime.InteropServices;

namespace PoznanAsk.Search.Storage;

/// <summary>The three libc calls needed to fsync a directory (Linux/macOS only).</summary>
internal static partial class NativeMethods
{
    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync")]
    internal static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close")]
    internal static partial int Close(int fd);
}

using Lucene.Net.Store;

namespace PoznanAsk.Knowledge.Index;

/// <summary>
/// The kind of <see cref="FSDirectory"/> the knowledge index uses on disk. Measured on Linux with
/// concurrent searches (docs/index-format.md, "Directory"): <see cref="NIOFSDirectory"/> — positional
/// reads without a shared file pointer, so concurrent searches do not serialise on one lock as with
/// <see cref="SimpleFSDirectory"/>, and without the slow-concurrency reports of 4.8's <see cref="MMapDirectory"/>.
/// </summary>
internal static class IndexDirectory
{
    /// <summary>Opens (creating when missing) the index folder <paramref name="path"/>.</summary>
    public static FSDirectory Open(string path) => new NIOFSDirectory(new DirectoryInfo(path));
}

using PoznanAsk.Search.Documents;
using PoznanAsk.Search.Schema;
using PoznanAsk.Search.Storage;

namespace PoznanAsk.Search.Reading;

/// <summary>
/// A point-in-time snapshot of one commit. Everything it needs is read (and checksum-verified) when it
/// opens, so it stays valid and unchanged while writers commit and delete old files; share it freely
/// between threads. Use <see cref="Refresh"/> to get a snapshot of a newer commit. Document numbers
/// are global within the snapshot (segment order = insertion order).
/// </summary>
public sealed class IndexReader
{
    private readonly int[] _bases;

    private IndexReader(string directory, CommitPoint commit, List<LeafReader> leaves)
    {
        Directory = directory;
        Commit = commit;
        Leaves = leaves;
        _bases = leaves.Select(l => l.DocBase).ToArray();
        MaxDoc = leaves.Count == 0 ? 0 : leaves[^1].DocBase + leaves[^1].Segment.MaxDoc;
        NumDocs = MaxDoc - commit.Segments.Sum(s => s.DeletedCount);
    }

    /// <summary>The index folder.</summary>
    public string Directory { get; }

    /// <summary>Generation of the commit this snapshot shows.</summary>
    public long Generation => Commit.Generation;

    /// <summary>The user data stored with the commit (e.g. ingest version, source hashes).</summary>
    public IReadOnlyDictionary<string, string> UserData => Commit.UserData;

    /// <summary>The schema persisted in the index.</summary>
    public IndexSchema Schema => Commit.Schema;

    /// <summary>Document numbers run from 0 to MaxDoc − 1 (deleted ones included).</summary>
    public int MaxDoc { get; }

    /// <summary>Live (not deleted) documents.</summary>
    public int NumDocs { get; }

    /// <summary>Segments in this snapshot.</summary>
    public int SegmentCount => Leaves.Count;

    internal CommitPoint Commit { get; }

    internal IReadOnlyList<LeafReader> Leaves { get; }

    /// <summary>Opens the newest commit in <paramref name="directory"/>.</summary>
    /// <exception cref="IndexNotFoundException">No commit exists there.</exception>
    /// <exception cref="IndexCorruptException">A file of the commit is missing, truncated or fails its checksum (names the file).</exception>
    public static IndexReader Open(string directory) => Open(directory, null);

    /// <summary>Opens the newest commit in <see cref="SearchOptions.IndexPath"/>.</summary>
    public static IndexReader Open(SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Open(options.IndexPath);
    }

    /// <summary>
    /// A snapshot of the newest commit if it is newer than this one, otherwise this same instance.
    /// Unchanged segments are shared with this snapshot (they are immutable), so a refresh is cheap.
    /// </summary>
    public IndexReader Refresh()
    {
        var gens = CommitPoint.Generations(Directory);
        return gens.Count == 0 || gens[0] <= Generation ? this : Open(Directory, this);
    }

    /// <summary>Whether <paramref name="doc"/> is deleted in this snapshot.</summary>
    public bool IsDeleted(int doc)
    {
        var (leaf, local) = Locate(doc);
        return !leaf.IsLive(local);
    }

    /// <summary>The stored fields of document <paramref name="doc"/>.</summary>
    public Document Document(int doc)
    {
        var (leaf, local) = Locate(doc);
        return leaf.Segment.Document(local);
    }

    /// <summary>Every live document with its stored fields, in document order (one decompression per block).</summary>
    public IEnumerable<(int Doc, Document Document)> LiveDocuments()
    {
        foreach (var leaf in Leaves)
        {
            var stored = leaf.Segment.Stored;
            for (var b = 0; b < stored.BlockCount; b++)
            {
                foreach (var (d, doc) in stored.ReadBlock(b))
                {
                    if (leaf.IsLive(d))
                    {
                        yield return (leaf.DocBase + d, doc);
                    }
                }
            }
        }
    }

    internal (LeafReader Leaf, int Local) Locate(int doc)
    {
        if ((uint)doc >= (uint)MaxDoc)
        {
            throw new ArgumentOutOfRangeException(nameof(doc), doc, $"Document number must be in [0, {MaxDoc}).");
        }

        var i = Array.BinarySearch(_bases, doc);
        if (i < 0)
        {
            i = ~i - 1;
        }

        while (i + 1 < _bases.Length && _bases[i + 1] == doc)
        {
            i++; // skip empty segments sharing the base
        }

        return (Leaves[i], doc - _bases[i]);
    }

    private static IndexReader Open(string directory, IndexReader? previous)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        for (var attempt = 0; ; attempt++)
        {
            var commit = CommitPoint.ReadLatest(directory) ?? throw new IndexNotFoundException(directory);
            try
            {
                return new IndexReader(directory, commit, OpenLeaves(directory, commit, previous));
            }
            catch (IndexCorruptException) when (attempt < 5 && NewerCommitExists(directory, commit.Generation))
            {
                // A writer committed and removed files of this commit while we were opening it: retry on the newer one.
            }
        }
    }

    private static bool NewerCommitExists(string directory, long generation)
    {
        var gens = CommitPoint.Generations(directory);
        return gens.Count > 0 && gens[0] > generation;
    }

    internal static List<LeafReader> OpenLeaves(string directory, CommitPoint commit, IndexReader? previous)
    {
        var old = previous?.Leaves.ToDictionary(l => l.Segment.Name, StringComparer.Ordinal);
        var leaves = new List<LeafReader>(commit.Segments.Count);
        var docBase = 0;
        foreach (var info in commit.Segments)
        {
            LeafReader? prior = null;
            old?.TryGetValue(info.Name, out prior);
            var segment = prior?.Segment ?? SegmentReader.Open(directory, info.Name, commit.Schema);
            if (segment.MaxDoc != info.MaxDoc)
            {
                throw new IndexCorruptException(segment.FileName, "document count differs from the commit");
            }

            bool[]? deleted = null;
            if (info.DeletionGeneration > 0)
            {
                deleted = prior is not null && prior.DeletionGeneration == info.DeletionGeneration
                    ? prior.Deleted
                    : DeletionsFile.Read(Path.Combine(directory, info.DeletionsFileName), info.MaxDoc, info.DeletedCount);
            }

            leaves.Add(new LeafReader(segment, docBase, deleted, info.DeletionGeneration));
            docBase += info.MaxDoc;
        }

        return leaves;
    }
}

using System.Globalization;
using PoznanAsk.Search.Schema;

namespace PoznanAsk.Search.Storage;

/// <summary>
/// A commit: the file <c>segments_N</c> (N = generation) naming the schema, the segments and their
/// deletions, and the caller's user data. It is written last, atomically, so a commit is either
/// wholly visible or not at all; the highest generation whose file verifies wins.
/// </summary>
internal sealed record CommitPoint(
    long Generation,
    IndexSchema Schema,
    IReadOnlyList<SegmentInfo> Segments,
    IReadOnlyDictionary<string, string> UserData,
    long SegmentCounter)
{
    public const string Kind = "CMIT";
    public const string Prefix = "segments_";

    public string FileName => FileNameOf(Generation);

    public static string FileNameOf(long generation) => Prefix + generation.ToString(CultureInfo.InvariantCulture);

    /// <summary>Files this commit needs (its own file included).</summary>
    public IEnumerable<string> Files()
    {
        yield return FileName;
        foreach (var s in Segments)
        {
            yield return s.Name + ".seg";
            if (s.DeletionGeneration > 0)
            {
                yield return s.DeletionsFileName;
            }
        }
    }

    public void Write(string directory, bool durable)
    {
        var w = new ByteWriter(1024);
        IndexFile.WriteHeader(w, Kind);
        w.WriteVLong(Generation);
        w.WriteVLong(SegmentCounter);
        Schema.Write(w);
        w.WriteVInt(Segments.Count);
        foreach (var s in Segments)
        {
            w.WriteString(s.Name);
            w.WriteVInt(s.MaxDoc);
            w.WriteVLong(s.DeletionGeneration);
            w.WriteVInt(s.DeletedCount);
        }

        w.WriteVInt(UserData.Count);
        foreach (var (k, v) in UserData.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteString(k);
            w.WriteString(v);
        }

        IndexFile.WriteFooter(w);
        IndexFile.WriteAtomic(Path.Combine(directory, FileName), w, durable);
    }

    public static CommitPoint Read(string directory, long generation)
    {
        var (_, r) = IndexFile.ReadVerified(Path.Combine(directory, FileNameOf(generation)), Kind);
        var gen = r.ReadVLong();
        if (gen != generation)
        {
            throw r.Corrupt("generation inside the file differs from its name");
        }

        var counter = r.ReadVLong();
        var schema = IndexSchema.Read(ref r);
        var n = r.ReadCount(1_000_000);
        var segments = new List<SegmentInfo>(n);
        for (var i = 0; i < n; i++)
        {
            var name = r.ReadString();
            if (name.Length == 0 || name.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '_'))
            {
                throw r.Corrupt("bad segment name");
            }

            var maxDoc = r.ReadCount(int.MaxValue - 1);
            var delGen = r.ReadVLong();
            var delCount = r.ReadCount(maxDoc);
            segments.Add(new SegmentInfo(name, maxDoc, delGen, delCount));
        }

        var m = r.ReadCount(100_000);
        var user = new Dictionary<string, string>(m, StringComparer.Ordinal);
        for (var i = 0; i < m; i++)
        {
            user[r.ReadString()] = r.ReadString();
        }

        return new CommitPoint(generation, schema, segments, user, counter);
    }

    /// <summary>Generations of all <c>segments_N</c> files in the folder, highest first.</summary>
    public static List<long> Generations(string directory)
    {
        var list = new List<long>();
        if (!Directory.Exists(directory))
        {
            return list;
        }

        foreach (var path in Directory.EnumerateFiles(directory, Prefix + "*"))
        {
            var name = Path.GetFileName(path);
            if (long.TryParse(name.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var g))
            {
                list.Add(g);
            }
        }

        list.Sort();
        list.Reverse();
        return list;
    }

    /// <summary>
    /// The newest commit whose file verifies, or null when there is none. A newest file that fails
    /// verification is skipped only when an older valid one exists; if none is valid the newest error is
    /// thrown. A commit file that vanishes while being read (a writer committed a newer one and removed it)
    /// makes the listing start again.
    /// </summary>
    public static CommitPoint? ReadLatest(string directory)
    {
        for (var attempt = 0; ; attempt++)
        {
            IndexCorruptException? first = null;
            var vanished = false;
            var generations = Generations(directory);
            foreach (var g in generations)
            {
                if (!File.Exists(Path.Combine(directory, FileNameOf(g))))
                {
                    vanished = true;
                    continue;
                }

                try
                {
                    return Read(directory, g);
                }
                catch (IndexCorruptException e)
                {
                    vanished |= e.InnerException is FileNotFoundException;
                    first ??= e;
                }
            }

            if (vanished && attempt < 10)
            {
                continue;
            }

            return first is null ? null : throw first;
        }
    }
}

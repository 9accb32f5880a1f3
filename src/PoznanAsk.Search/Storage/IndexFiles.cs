using System.Globalization;

namespace PoznanAsk.Search.Storage;

/// <summary>Housekeeping of the files in an index folder.</summary>
internal static class IndexFiles
{
    /// <summary>Highest segment number of any <c>_N…</c> file present (-1 when none), so a new name never reuses a crashed writer's file.</summary>
    public static long HighestSegmentNumber(string dir)
    {
        long max = -1;
        foreach (var path in Directory.EnumerateFiles(dir, "_*"))
        {
            var name = Path.GetFileName(path).AsSpan(1);
            var end = name.IndexOfAny('.', '_');
            if (end > 0 && long.TryParse(name[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                max = Math.Max(max, n);
            }
        }

        return max;
    }

    /// <summary>
    /// Deletes index files (segments, deletions, commit points, temp files) not in <paramref name="keep"/>.
    /// Readers hold their files' bytes in memory, so deleting under them is safe.
    /// </summary>
    public static void DeleteUnreferenced(string dir, HashSet<string> keep)
    {
        foreach (var path in Directory.EnumerateFiles(dir))
        {
            var name = Path.GetFileName(path);
            var ours = name.StartsWith('_') || name.StartsWith(CommitPoint.Prefix, StringComparison.Ordinal);
            if (!ours || keep.Contains(name) || name == WriteLock.FileName)
            {
                continue;
            }

            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Still open somewhere (Windows); retried after the next commit.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}

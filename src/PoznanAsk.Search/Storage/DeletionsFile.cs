namespace PoznanAsk.Search.Storage;

/// <summary>A segment's deleted documents at one deletion generation: a bitset (1 = deleted) in its own small file.</summary>
internal static class DeletionsFile
{
    public const string Kind = "DELS";

    public static void Write(string path, bool[] deleted, bool durable)
    {
        var w = new ByteWriter(64 + (deleted.Length / 8));
        IndexFile.WriteHeader(w, Kind);
        w.WriteVInt(deleted.Length);
        var count = 0;
        foreach (var d in deleted)
        {
            count += d ? 1 : 0;
        }

        w.WriteVInt(count);
        for (var i = 0; i < deleted.Length; i += 8)
        {
            var b = 0;
            for (var k = 0; k < 8 && i + k < deleted.Length; k++)
            {
                b |= deleted[i + k] ? 1 << k : 0;
            }

            w.WriteByte((byte)b);
        }

        IndexFile.WriteFooter(w);
        IndexFile.WriteAtomic(path, w, durable);
    }

    public static bool[] Read(string path, int maxDoc, int expectedCount)
    {
        var (_, r) = IndexFile.ReadVerified(path, Kind);
        var n = r.ReadVInt();
        var count = r.ReadVInt();
        if (n != maxDoc || count != expectedCount)
        {
            throw r.Corrupt("deletion count does not match the commit");
        }

        var bytes = r.ReadBytes((n + 7) / 8);
        var deleted = new bool[n];
        var seen = 0;
        for (var i = 0; i < n; i++)
        {
            deleted[i] = (bytes[i >> 3] & (1 << (i & 7))) != 0;
            seen += deleted[i] ? 1 : 0;
        }

        if (seen != count)
        {
            throw r.Corrupt("deletion bitset does not match its count");
        }

        return deleted;
    }
}

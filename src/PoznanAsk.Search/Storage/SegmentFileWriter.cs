using System.IO.Compression;
using PoznanAsk.Search.Indexing;

namespace PoznanAsk.Search.Storage;

/// <summary>
/// Writes a <see cref="SegmentBuilder"/> as one immutable segment file (layout in docs/index-format.md):
/// postings, positions, per-field term dictionary blocks and block index, norms, compressed stored
/// fields and a table of section offsets, between the common header and CRC footer.
/// </summary>
internal static class SegmentFileWriter
{
    public const string Kind = "SEGM";
    public const int TermsPerBlock = 32;

    public static long Write(string path, SegmentBuilder b, int storedBlockDocs, bool durable)
    {
        using var output = new ChecksumFileWriter(path, Kind);
        var w = output.Buffer;
        var schema = b.Schema;
        var n = schema.Fields.Count;
        var indexOffsets = new long[n];
        var blockCounts = new int[n];
        var normOffsets = new long[n];

        // Postings and positions of each term, then the term dictionary pointing at them.
        var docsPtr = new List<long>[n];
        var posPtr = new List<long>[n];
        var sorted = new (int Id, byte[] Utf8)[n][];
        for (var f = 0; f < n; f++)
        {
            var fb = b.Field(f);
            if (fb is null)
            {
                continue;
            }

            sorted[f] = fb.SortedTerms();
            docsPtr[f] = new List<long>(sorted[f].Length);
            foreach (var (id, _) in sorted[f])
            {
                docsPtr[f].Add(output.Position);
                w.WriteBytes(fb.DocsOf(id).Written);
                output.MaybeFlush();
            }
        }

        for (var f = 0; f < n; f++)
        {
            var fb = b.Field(f);
            if (fb is null)
            {
                continue;
            }

            posPtr[f] = new List<long>(sorted[f].Length);
            foreach (var (id, _) in sorted[f])
            {
                posPtr[f].Add(output.Position);
                if (fb.PositionsOf(id) is { } p)
                {
                    w.WriteBytes(p.Written);
                    output.MaybeFlush();
                }
            }
        }

        for (var f = 0; f < n; f++)
        {
            var fb = b.Field(f);
            if (fb is null)
            {
                continue;
            }

            (indexOffsets[f], blockCounts[f]) = WriteDictionary(output, fb, sorted[f], docsPtr[f], posPtr[f]);
            if (fb.HasNorms)
            {
                normOffsets[f] = output.Position;
                for (var d = 0; d < b.DocCount; d++)
                {
                    w.WriteByte(fb.NormOf(d));
                }

                output.MaybeFlush();
            }
        }

        var (storedIndex, storedBlocks) = WriteStored(output, b, storedBlockDocs);

        var table = output.Position;
        w.WriteVInt(b.DocCount);
        w.WriteVInt(n);
        for (var f = 0; f < n; f++)
        {
            var fb = b.Field(f);
            w.WriteByte((byte)(fb is null ? 0 : 1 | (fb.HasPositions ? 2 : 0) | (fb.HasNorms ? 4 : 0)));
            if (fb is null)
            {
                continue;
            }

            w.WriteVInt(fb.TermCount);
            w.WriteVInt(fb.DocCount);
            w.WriteVLong(fb.SumTotalTermFreq);
            w.WriteVLong(indexOffsets[f]);
            w.WriteVInt(blockCounts[f]);
            w.WriteVLong(normOffsets[f]);
        }

        w.WriteVLong(storedIndex);
        w.WriteVInt(storedBlocks);
        w.WriteInt64(table);
        return output.Finish(durable);
    }

    private static (long IndexOffset, int Blocks) WriteDictionary(ChecksumFileWriter output, FieldBuffer fb, (int Id, byte[] Utf8)[] terms, List<long> docs, List<long> pos)
    {
        var w = output.Buffer;
        var blockStarts = new List<(long Offset, int First)>();
        for (var i = 0; i < terms.Length; i += TermsPerBlock)
        {
            output.MaybeFlush();
            blockStarts.Add((output.Position, i));
            var end = Math.Min(terms.Length, i + TermsPerBlock);
            w.WriteVInt(end - i);
            byte[] prev = [];
            for (var t = i; t < end; t++)
            {
                var term = terms[t].Utf8;
                var prefix = t == i ? 0 : CommonPrefix(prev, term);
                w.WriteVInt(prefix);
                w.WriteVInt(term.Length - prefix);
                w.WriteBytes(term.AsSpan(prefix));
                w.WriteVInt(fb.DocFreq(terms[t].Id));
                w.WriteVLong(t == i ? 0 : docs[t] - docs[t - 1]);
                w.WriteVLong(t == i ? 0 : pos[t] - pos[t - 1]);
                prev = term;
            }
        }

        var indexOffset = output.Position;
        foreach (var (offset, first) in blockStarts)
        {
            var term = terms[first].Utf8;
            w.WriteVInt(term.Length);
            w.WriteBytes(term);
            w.WriteVLong(offset);
            w.WriteVLong(docs[first]);
            w.WriteVLong(pos[first]);
            output.MaybeFlush();
        }

        return (indexOffset, blockStarts.Count);
    }

    private static int CommonPrefix(byte[] a, byte[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < n && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    private static (long Offset, int Blocks) WriteStored(ChecksumFileWriter output, SegmentBuilder b, int blockDocs)
    {
        // Blocks of up to blockDocs documents (or ~16 KB), each deflated on its own so a hit
        // decompresses one block; the trade-off is ratio (bigger blocks) vs. per-hit latency.
        var w = output.Buffer;
        var blocks = new List<(int FirstDoc, long Offset, int Raw, int Packed)>();
        var raw = new ByteWriter(1 << 15);
        var packed = new MemoryStream();
        var first = 0;
        for (var d = 0; d <= b.DocCount; d++)
        {
            var flush = d == b.DocCount || d - first >= blockDocs || raw.Length >= 16 * 1024;
            if (flush && d > first)
            {
                packed.SetLength(0);
                using (var z = new DeflateStream(packed, CompressionLevel.Fastest, leaveOpen: true))
                {
                    z.Write(raw.Written);
                }

                blocks.Add((first, output.Position, raw.Length, (int)packed.Length));
                w.WriteBytes(packed.GetBuffer().AsSpan(0, (int)packed.Length));
                output.MaybeFlush();
                raw.Clear();
                first = d;
            }

            if (d < b.DocCount)
            {
                var s = b.StoredOf(d);
                raw.WriteVInt(s.Length);
                raw.WriteBytes(s);
            }
        }

        var index = output.Position;
        foreach (var (firstDoc, offset, rawLen, packedLen) in blocks)
        {
            w.WriteVInt(firstDoc);
            w.WriteVLong(offset);
            w.WriteVInt(rawLen);
            w.WriteVInt(packedLen);
            output.MaybeFlush();
        }

        return (index, blocks.Count);
    }
}

using PoznanAsk.Search.Storage;

namespace PoznanAsk.Search.Reading;

/// <summary>
/// The term dictionary, statistics and norms of one field in one segment. Lookups binary-search the
/// in-memory block index (first term of every 32) and then scan one prefix-compressed block.
/// </summary>
internal sealed class FieldReader
{
    private readonly byte[] _data;
    private readonly string _file;
    private readonly byte[][] _firstTerms;
    private readonly int[] _blockOffsets;
    private readonly int[] _blockDocs;
    private readonly int[] _blockPos;
    private readonly int _normsOffset;

    public FieldReader(byte[] data, string file, ref ByteReader table, int maxDoc)
    {
        _data = data;
        _file = file;
        var flags = table.ReadByte();
        HasPositions = (flags & 2) != 0;
        HasNorms = (flags & 4) != 0;
        TermCount = table.ReadVInt();
        DocCount = table.ReadCount(maxDoc);
        SumTotalTermFreq = table.ReadVLong();
        var indexOffset = Offset(ref table, table.ReadVLong());
        var blocks = table.ReadCount(data.Length);
        var norms = table.ReadVLong();
        _normsOffset = HasNorms ? Offset(ref table, norms) : -1;
        if (HasNorms && _normsOffset + (long)maxDoc > data.Length)
        {
            throw table.Corrupt("norms out of bounds");
        }

        _firstTerms = new byte[blocks][];
        _blockOffsets = new int[blocks];
        _blockDocs = new int[blocks];
        _blockPos = new int[blocks];
        var r = new ByteReader(data, file, indexOffset, data.Length - IndexFile.FooterLength);
        for (var i = 0; i < blocks; i++)
        {
            _firstTerms[i] = r.ReadBytes(r.ReadVInt()).ToArray();
            _blockOffsets[i] = Offset(ref r, r.ReadVLong());
            _blockDocs[i] = Offset(ref r, r.ReadVLong());
            _blockPos[i] = Offset(ref r, r.ReadVLong());
        }
    }

    public bool HasPositions { get; }

    public bool HasNorms { get; }

    public int TermCount { get; }

    public int DocCount { get; }

    public long SumTotalTermFreq { get; }

    public byte[] Data => _data;

    public string FileName => _file;

    public int BlockCount => _firstTerms.Length;

    public byte Norm(int doc) => HasNorms ? _data[_normsOffset + doc] : (byte)1;

    public bool TryGet(ReadOnlySpan<byte> term, out TermInfo info)
    {
        info = default;
        var block = FindBlock(term);
        if (block < 0)
        {
            return false;
        }

        var e = new TermsEnum(this, block);
        while (e.Next())
        {
            var c = e.Term.SequenceCompareTo(term);
            if (c == 0)
            {
                info = e.Info;
                return true;
            }

            if (c > 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>An enumerator positioned before the first term ≥ <paramref name="target"/> (before all terms when empty).</summary>
    public TermsEnum Seek(ReadOnlySpan<byte> target)
    {
        var block = target.IsEmpty ? 0 : Math.Max(0, FindBlock(target));
        var e = new TermsEnum(this, block);
        e.SkipBelow(target);
        return e;
    }

    internal (int Offset, int Docs, int Pos) Block(int i) => (_blockOffsets[i], _blockDocs[i], _blockPos[i]);

    internal IndexCorruptException Corrupt(string what) => new(_file, what);

    private int FindBlock(ReadOnlySpan<byte> term)
    {
        int lo = 0, hi = _firstTerms.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_firstTerms[mid].AsSpan().SequenceCompareTo(term) <= 0)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private int Offset(ref ByteReader r, long value)
    {
        if (value < 0 || value > _data.Length - IndexFile.FooterLength)
        {
            throw r.Corrupt("offset out of bounds");
        }

        return (int)value;
    }
}

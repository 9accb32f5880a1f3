using PoznanAsk.Search.Storage;

namespace PoznanAsk.Search.Reading;

/// <summary>Walks a field's terms in byte order from a block on, decoding the prefix-compressed entries.</summary>
internal sealed class TermsEnum
{
    private readonly FieldReader _field;
    private byte[] _term = new byte[64];
    private int _termLength;
    private int _block;
    private int _left;
    private ByteReader _r;
    private int _docs;
    private int _pos;
    private bool _pending;

    public TermsEnum(FieldReader field, int block)
    {
        _field = field;
        _block = block - 1;
    }

    public ReadOnlySpan<byte> Term => _term.AsSpan(0, _termLength);

    public TermInfo Info { get; private set; }

    public bool Next()
    {
        if (_pending)
        {
            _pending = false;
            return true;
        }

        while (_left == 0)
        {
            if (++_block >= _field.BlockCount)
            {
                return false;
            }

            var (offset, docs, pos) = _field.Block(_block);
            _r = new ByteReader(_field.Data, _field.FileName, offset, _field.Data.Length - IndexFile.FooterLength);
            _left = _r.ReadCount(SegmentFileWriter.TermsPerBlock);
            _docs = docs;
            _pos = pos;
            _termLength = 0;
        }

        _left--;
        var prefix = _r.ReadVInt();
        var suffix = _r.ReadVInt();
        if (prefix > _termLength || suffix < 0)
        {
            throw _field.Corrupt("bad term prefix");
        }

        var bytes = _r.ReadBytes(suffix);
        if (_term.Length < prefix + suffix)
        {
            Array.Resize(ref _term, Math.Max(prefix + suffix, _term.Length * 2));
        }

        bytes.CopyTo(_term.AsSpan(prefix));
        _termLength = prefix + suffix;
        var df = _r.ReadVInt();
        _docs += (int)_r.ReadVLong();
        _pos += (int)_r.ReadVLong();
        if (df <= 0 || _docs < 0 || _pos < 0 || _docs >= _field.Data.Length || _pos >= _field.Data.Length)
        {
            throw _field.Corrupt("bad term entry");
        }

        Info = new TermInfo(df, _docs, _pos);
        return true;
    }

    /// <summary>Advances so that the next <see cref="Next"/> returns the first term ≥ target.</summary>
    internal void SkipBelow(ReadOnlySpan<byte> target)
    {
        if (target.IsEmpty)
        {
            return;
        }

        while (Next())
        {
            if (Term.SequenceCompareTo(target) >= 0)
            {
                _pending = true;
                return;
            }
        }
    }
}

namespace PoznanAsk.Search.Reading;

/// <summary>
/// Iterates one term's postings in one segment: doc ids (delta-coded, freq folded into the low bit when
/// it is 1) and, on demand, positions. Positions of skipped docs are skipped by counting vint bytes.
/// Bounds are checked against the file so a damaged offset ends the iteration with an
/// <see cref="IndexCorruptException"/> instead of reading foreign bytes.
/// </summary>
internal sealed class PostingsEnum
{
    public const int NoMoreDocs = int.MaxValue;

    private readonly byte[] _data;
    private readonly FieldReader _field;
    private readonly int _limit;
    private readonly int _maxDoc;
    private int _docPtr;
    private int _posPtr;
    private int _left;
    private int _unreadPositions;
    private int _lastPosition;

    public PostingsEnum(FieldReader field, TermInfo info, int maxDoc)
    {
        _field = field;
        _data = field.Data;
        _limit = _data.Length - Storage.IndexFile.FooterLength;
        _docPtr = info.DocsPointer;
        _posPtr = info.PositionsPointer;
        _left = info.DocFreq;
        _maxDoc = maxDoc;
        DocFreq = info.DocFreq;
    }

    public int Doc { get; private set; } = -1;

    public int Freq { get; private set; }

    public int DocFreq { get; }

    public int NextDoc()
    {
        if (_unreadPositions > 0)
        {
            SkipPositions(_unreadPositions);
        }

        if (_left == 0)
        {
            return Doc = NoMoreDocs;
        }

        _left--;
        var code = ReadVInt(ref _docPtr);
        var doc = Doc < 0 ? (int)(code >> 1) : Doc + (int)(code >> 1);
        Freq = (code & 1) != 0 ? 1 : (int)ReadVInt(ref _docPtr);
        if (doc < 0 || doc >= _maxDoc || (Doc >= 0 && doc <= Doc) || Freq <= 0)
        {
            throw _field.Corrupt("bad posting");
        }

        Doc = doc;
        if (_field.HasPositions)
        {
            _unreadPositions = Freq;
            _lastPosition = 0;
        }

        return doc;
    }

    public int Advance(int target)
    {
        var d = Doc;
        while (d < target)
        {
            d = NextDoc();
        }

        return d;
    }

    /// <summary>The next position of the current doc (call at most <see cref="Freq"/> times).</summary>
    public int NextPosition()
    {
        _unreadPositions--;
        _lastPosition += (int)ReadVInt(ref _posPtr);
        return _lastPosition;
    }

    private void SkipPositions(int count)
    {
        var p = _posPtr;
        var data = _data;
        while (count > 0)
        {
            if (p >= _limit)
            {
                throw _field.Corrupt("positions past end");
            }

            if (data[p++] < 0x80)
            {
                count--;
            }
        }

        _posPtr = p;
        _unreadPositions = 0;
    }

    private uint ReadVInt(ref int p)
    {
        var data = _data;
        if (p >= _limit)
        {
            throw _field.Corrupt("postings past end");
        }

        uint b = data[p++];
        if (b < 0x80)
        {
            return b;
        }

        var result = b & 0x7F;
        for (var shift = 7; shift <= 28; shift += 7)
        {
            if (p >= _limit)
            {
                throw _field.Corrupt("postings past end");
            }

            b = data[p++];
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw _field.Corrupt("malformed vint");
    }
}

namespace PoznanAsk.Search.Querying.Scorers;

/// <summary>A constant score over a precomputed set of documents (prefix, wildcard, range, match-all).</summary>
internal sealed class BitSetScorer : Scorer
{
    private readonly ulong[] _bits;
    private readonly int _maxDoc;
    private readonly float _score;
    private int _doc = -1;

    public BitSetScorer(ulong[] bits, int maxDoc, int count, float score)
    {
        _bits = bits;
        _maxDoc = maxDoc;
        _score = score;
        Cost = count;
    }

    public override int Doc => _doc;

    public override long Cost { get; }

    public override int NextDoc() => Advance(_doc + 1);

    public override int Advance(int target)
    {
        if (target >= _maxDoc)
        {
            return _doc = NoMoreDocs;
        }

        var word = target >> 6;
        var bits = _bits[word] & (ulong.MaxValue << (target & 63));
        while (bits == 0)
        {
            if (++word >= _bits.Length)
            {
                return _doc = NoMoreDocs;
            }

            bits = _bits[word];
        }

        var doc = (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
        return _doc = doc < _maxDoc ? doc : NoMoreDocs;
    }

    public override float Score() => _score;
}

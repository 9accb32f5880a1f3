namespace PoznanAsk.Search.Querying.Scorers;

/// <summary>
/// A disjunction (any sub matches, scores summed in double in clause order) computed window by window
/// like Lucene's BooleanScorer: each sub-scorer walks its postings through a 4,096-document window
/// adding into a small accumulator, then the window's matches are replayed in doc order. This replaces
/// per-document comparisons of all subs by one tight loop per sub — much faster for frequent terms —
/// while still behaving as an ordinary doc-at-a-time iterator (usable under filters and conjunctions).
/// </summary>
internal sealed class WindowedDisjunctionScorer : Scorer
{
    private const int WindowBits = 12;
    private const int WindowSize = 1 << WindowBits;

    private readonly Scorer[] _subs;
    private readonly double[] _scores = new double[WindowSize];
    private readonly ulong[] _matched = new ulong[WindowSize / 64];
    private int _windowBase = -WindowSize;
    private int _doc = -1;

    public WindowedDisjunctionScorer(IReadOnlyList<Scorer> subs)
    {
        _subs = subs.ToArray();
        long cost = 0;
        foreach (var s in _subs)
        {
            cost += s.Cost;
        }

        Cost = cost;
    }

    public override int Doc => _doc;

    public override long Cost { get; }

    public override int NextDoc() => Advance(_doc + 1);

    public override int Advance(int target)
    {
        while (true)
        {
            if (target < _windowBase + WindowSize)
            {
                var next = NextMatched(target - _windowBase);
                if (next >= 0)
                {
                    return _doc = _windowBase + next;
                }

                target = _windowBase + WindowSize;
            }

            // Fill the window that holds the smallest sub doc ≥ target.
            var min = AdvanceAll(_subs, target);

            if (min == NoMoreDocs)
            {
                return _doc = NoMoreDocs;
            }

            _windowBase = min & ~(WindowSize - 1);
            Fill();
            target = Math.Max(target, _windowBase);
        }
    }

    public override float Score() => (float)_scores[_doc - _windowBase];

    private void Fill()
    {
        Array.Clear(_matched);
        var end = _windowBase + WindowSize;
        foreach (var s in _subs)
        {
            var d = s.Doc;
            while (d < end)
            {
                var i = d - _windowBase;
                var bit = 1UL << (i & 63);
                if ((_matched[i >> 6] & bit) == 0)
                {
                    _matched[i >> 6] |= bit;
                    _scores[i] = s.Score();
                }
                else
                {
                    _scores[i] += s.Score();
                }

                d = s.NextDoc();
            }
        }
    }

    private int NextMatched(int from)
    {
        if (from < 0)
        {
            from = 0;
        }

        var word = from >> 6;
        if (word >= _matched.Length)
        {
            return -1;
        }

        var bits = _matched[word] & (ulong.MaxValue << (from & 63));
        while (bits == 0)
        {
            if (++word >= _matched.Length)
            {
                return -1;
            }

            bits = _matched[word];
        }

        return (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
    }
}

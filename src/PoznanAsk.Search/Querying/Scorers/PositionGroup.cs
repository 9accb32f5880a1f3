using PoznanAsk.Search.Reading;

namespace PoznanAsk.Search.Querying.Scorers;

/// <summary>One phrase position: the postings of one term, or of several alternative terms (a multi-phrase slot) merged.</summary>
internal sealed class PositionGroup
{
    private readonly PostingsEnum[] _enums;
    private int[] _positions = new int[16];

    public PositionGroup(PostingsEnum[] enums, int offset)
    {
        _enums = enums;
        Offset = offset;
        foreach (var e in enums)
        {
            Cost += e.DocFreq;
        }
    }

    /// <summary>The slot's position in the query phrase.</summary>
    public int Offset { get; }

    public long Cost { get; }

    public int Doc { get; private set; } = -1;

    public int Count { get; private set; }

    public int[] Positions => _positions;

    public int Advance(int target)
    {
        var min = Scorer.NoMoreDocs;
        foreach (var e in _enums)
        {
            var d = e.Doc < target ? e.Advance(target) : e.Doc;
            min = Math.Min(min, d);
        }

        return Doc = min;
    }

    /// <summary>Loads the sorted positions of the current doc into <see cref="Positions"/>[0..<see cref="Count"/>).</summary>
    public void LoadPositions()
    {
        Count = 0;
        foreach (var e in _enums)
        {
            if (e.Doc != Doc)
            {
                continue;
            }

            var f = e.Freq;
            if (_positions.Length < Count + f)
            {
                Array.Resize(ref _positions, Math.Max(Count + f, _positions.Length * 2));
            }

            for (var i = 0; i < f; i++)
            {
                _positions[Count++] = e.NextPosition();
            }
        }

        if (_enums.Length > 1)
        {
            Array.Sort(_positions, 0, Count);
        }
    }
}

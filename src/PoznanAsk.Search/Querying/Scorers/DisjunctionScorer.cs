namespace PoznanAsk.Search.Querying.Scorers;

/// <summary>
/// Documents matching at least <c>minShouldMatch</c> (≥ 1) of the sub-scorers. The score sums the
/// matching subs in double and rounds once to float (Lucene's DisjunctionSumScorer).
/// A linear scan over the subs: queries here have few clauses, and it avoids heap bookkeeping.
/// </summary>
internal sealed class DisjunctionScorer : Scorer
{
    private readonly Scorer[] _subs;
    private readonly int _minShouldMatch;
    private int _doc = -1;

    public DisjunctionScorer(IReadOnlyList<Scorer> subs, int minShouldMatch)
    {
        _subs = subs.ToArray();
        _minShouldMatch = Math.Max(1, minShouldMatch);
        long cost = 0;
        foreach (var s in _subs)
        {
            cost += s.Cost;
        }

        Cost = cost;
    }

    public override int Doc => _doc;

    public override long Cost { get; }

    /// <summary>How many subs match the current document.</summary>
    public int MatchCount { get; private set; }

    public override int NextDoc() => Advance(_doc + 1);

    public override int Advance(int target)
    {
        while (true)
        {
            var min = AdvanceAll(_subs, target);

            if (min == NoMoreDocs)
            {
                return _doc = NoMoreDocs;
            }

            var count = 0;
            foreach (var s in _subs)
            {
                if (s.Doc == min)
                {
                    count++;
                }
            }

            if (count >= _minShouldMatch)
            {
                MatchCount = count;
                return _doc = min;
            }

            target = min + 1;
        }
    }

    public override float Score()
    {
        double sum = 0;
        foreach (var s in _subs)
        {
            if (s.Doc == _doc)
            {
                sum += s.Score();
            }
        }

        return (float)sum;
    }
}

namespace PoznanAsk.Search.Querying.Scorers;

/// <summary>
/// Documents matching all sub-scorers (leap-frog from the cheapest). The score sums the scoring
/// subs in double and rounds once to float, as Lucene's ConjunctionScorer does.
/// </summary>
internal sealed class ConjunctionScorer : Scorer
{
    private readonly Scorer[] _all;
    private readonly Scorer[] _scoring;
    private int _doc = -1;

    public ConjunctionScorer(IEnumerable<Scorer> all, IEnumerable<Scorer> scoring)
    {
        _all = all.OrderBy(s => s.Cost).ToArray();
        _scoring = scoring.ToArray();
        Cost = _all[0].Cost;
    }

    public override int Doc => _doc;

    public override long Cost { get; }

    public override int NextDoc() => DoNext(_all[0].NextDoc());

    public override int Advance(int target) => DoNext(_all[0].Advance(target));

    public override float Score()
    {
        double sum = 0;
        foreach (var s in _scoring)
        {
            sum += s.Score();
        }

        return (float)sum;
    }

    private int DoNext(int doc)
    {
        while (true)
        {
            if (doc == NoMoreDocs)
            {
                return _doc = NoMoreDocs;
            }

            var ok = true;
            for (var i = 1; i < _all.Length; i++)
            {
                var s = _all[i];
                var d = s.Doc < doc ? s.Advance(doc) : s.Doc;
                if (d > doc)
                {
                    doc = _all[0].Advance(d);
                    ok = false;
                    break;
                }
            }

            if (ok)
            {
                return _doc = doc;
            }
        }
    }
}

namespace PoznanAsk.Search.Querying.Scorers;

/// <summary>Iterates the matching documents of one segment in increasing order and scores the current one.</summary>
internal abstract class Scorer
{
    public const int NoMoreDocs = int.MaxValue;

    public abstract int Doc { get; }

    /// <summary>Rough number of documents this scorer may visit (drives conjunction order).</summary>
    public abstract long Cost { get; }

    public abstract int NextDoc();

    /// <summary>Moves to the first match ≥ <paramref name="target"/> (target is always beyond the current doc).</summary>
    public abstract int Advance(int target);

    public abstract float Score();

    /// <summary>Moves every scorer still before <paramref name="target"/> to it; returns the smallest current doc (or <see cref="NoMoreDocs"/>).</summary>
    protected static int AdvanceAll(Scorer[] scorers, int target)
    {
        var min = NoMoreDocs;
        foreach (var s in scorers)
        {
            var d = s.Doc < target ? s.Advance(target) : s.Doc;
            if (d < min)
            {
                min = d;
            }
        }

        return min;
    }
}

using PoznanAsk.Search.Querying.Scorers;
using PoznanAsk.Search.Reading;

namespace PoznanAsk.Search.Querying;

/// <summary>A query prepared against one snapshot (statistics resolved); makes a scorer per segment.</summary>
internal abstract class Weight
{
    /// <summary>The scorer of <paramref name="leaf"/>, or null when nothing there can match.</summary>
    public abstract Scorer? GetScorer(LeafReader leaf);
}

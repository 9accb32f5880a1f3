using PoznanAsk.Search.Querying.Scorers;
using PoznanAsk.Search.Reading;

namespace PoznanAsk.Search.Querying;

/// <summary>Matches nothing (unknown field, empty clause list).</summary>
internal sealed class NoMatchWeight : Weight
{
    public override Scorer? GetScorer(LeafReader leaf) => null;
}

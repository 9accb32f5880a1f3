using PoznanAsk.Search.Highlighting;
using PoznanAsk.Search.Querying.Scorers;
using PoznanAsk.Search.Reading;

namespace PoznanAsk.Search.Querying;

/// <summary>Every document, score = boost (<c>*:*</c>).</summary>
public sealed class MatchAllQuery : Query
{
    /// <inheritdoc/>
    public override string ToString() => "*:*";

    internal override Weight CreateWeight(IndexSearcher searcher, bool needsScores, float boost) => new AllWeight(boost);

    internal override void CollectTerms(IndexSearcher searcher, QueryTerms terms)
    {
    }

    private sealed class AllWeight(float boost) : Weight
    {
        public override Scorer? GetScorer(LeafReader leaf)
        {
            var maxDoc = leaf.Segment.MaxDoc;
            var bits = new ulong[(maxDoc + 63) >> 6];
            Array.Fill(bits, ulong.MaxValue);
            return maxDoc == 0 ? null : new BitSetScorer(bits, maxDoc, maxDoc, boost);
        }
    }
}

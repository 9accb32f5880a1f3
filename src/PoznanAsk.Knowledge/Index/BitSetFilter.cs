using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PoznanAsk.Knowledge.Index;

/// <summary>
/// The documents of a query as a <see cref="FixedBitSet"/> per segment, to be kept by a
/// <see cref="CachingWrapperFilter"/>. A bit set offers random access (<see cref="DocIdSet.Bits"/>),
/// so Lucene hands it to the scorers as accepted documents and scores the query by itself; the
/// compressed set <see cref="CachingWrapperFilter"/> makes of other filters has no random access,
/// and Lucene then leapfrogs the filter and the query (an <c>Advance</c> of every clause per
/// filtered document), which cost more than the scoring on the answer path. A bit per document.
/// </summary>
internal sealed class BitSetFilter(Query query) : Filter
{
    /// <inheritdoc />
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        if (new QueryWrapperFilter(query).GetDocIdSet(context, acceptDocs)?.GetIterator() is { } matching)
        {
            bits.Or(matching);
        }

        return bits;
    }

    /// <inheritdoc />
    public override string ToString() => "BitSetFilter(" + query + ")";
}

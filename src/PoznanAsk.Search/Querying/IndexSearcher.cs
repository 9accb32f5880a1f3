using System.Collections.Concurrent;
using PoznanAsk.Search.Documents;
using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Scoring;

namespace PoznanAsk.Search.Querying;

/// <summary>
/// Searches one <see cref="IndexReader"/> snapshot. Statistics (document frequency, field length) are
/// index-wide sums over segments, as in Lucene, so scores do not depend on how documents fall into
/// segments. Thread-safe; cheap to create.
/// </summary>
public sealed class IndexSearcher
{
    private readonly ConcurrentDictionary<int, (long DocCount, float AvgDl, float[] Cache)> _fieldStats = new();

    /// <summary>Creates a searcher over <paramref name="reader"/>.</summary>
    public IndexSearcher(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Reader = reader;
    }

    /// <summary>The snapshot searched.</summary>
    public IndexReader Reader { get; }

    /// <summary>
    /// The <paramref name="top"/> best live documents for <paramref name="query"/>, restricted to documents that
    /// also match <paramref name="filter"/> (which does not change scores), with the exact total.
    /// </summary>
    public TopDocs Search(Query query, int top, Query? filter = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var weight = query.CreateWeight(this, needsScores: true, boost: 1f);
        var filterWeight = filter?.CreateWeight(this, needsScores: false, boost: 1f);
        var collector = new TopKCollector(Math.Min(top, Math.Max(1, Reader.MaxDoc)));
        foreach (var leaf in Reader.Leaves)
        {
            var scorer = weight.GetScorer(leaf);
            if (scorer is null)
            {
                continue;
            }

            var fs = filterWeight?.GetScorer(leaf);
            if (filterWeight is not null && fs is null)
            {
                continue;
            }

            var doc = scorer.NextDoc();
            while (doc != Scorers.Scorer.NoMoreDocs)
            {
                if (fs is not null)
                {
                    var f = fs.Doc < doc ? fs.Advance(doc) : fs.Doc;
                    if (f > doc)
                    {
                        doc = f == Scorers.Scorer.NoMoreDocs ? f : scorer.Advance(f);
                        continue;
                    }
                }

                if (leaf.IsLive(doc))
                {
                    collector.Collect(leaf.DocBase + doc, scorer.Score());
                }

                doc = scorer.NextDoc();
            }
        }

        return new TopDocs(collector.TotalHits, top == 0 ? [] : collector.Results());
    }

    /// <summary>Number of live documents matching <paramref name="query"/> (and <paramref name="filter"/>).</summary>
    public long Count(Query query, Query? filter = null) => Search(query, 0, filter).TotalHits;

    /// <summary>The stored fields of document <paramref name="doc"/>.</summary>
    public Document Document(int doc) => Reader.Document(doc);

    internal int FieldNumber(string field) => Reader.Schema.IndexOf(field);

    /// <summary>Index-wide document frequency of a term (deleted documents still count, as in Lucene).</summary>
    internal long DocFreq(int field, string term)
    {
        long df = 0;
        foreach (var leaf in Reader.Leaves)
        {
            df += leaf.Segment.DocFreq(field, term);
        }

        return df;
    }

    /// <summary>docCount, avgdl and the BM25 norm cache of a field (cached: the snapshot is immutable).</summary>
    internal (long DocCount, float AvgDl, float[] Cache) FieldStats(int field) => _fieldStats.GetOrAdd(field, f =>
    {
        long docCount = 0, sumTtf = 0;
        foreach (var leaf in Reader.Leaves)
        {
            if (leaf.Segment.Field(f) is { } fr)
            {
                docCount += fr.DocCount;
                sumTtf += fr.SumTotalTermFreq;
            }
        }

        var avg = Bm25.AverageLength(sumTtf, docCount);
        return (docCount, avg, Bm25.NormCache(avg));
    });
}

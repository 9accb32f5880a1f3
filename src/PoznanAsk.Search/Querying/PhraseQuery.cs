using System.Text;
using PoznanAsk.Search.Highlighting;
using PoznanAsk.Search.Querying.Scorers;
using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Scoring;

namespace PoznanAsk.Search.Querying;

/// <summary>
/// Terms at given relative positions (gaps left by removed stop words are kept, as in Lucene), within
/// <see cref="Slop"/> moves. Each slot may hold several alternative terms (Lucene's MultiPhraseQuery).
/// BM25 with idf = Σ idf of all terms and freq = number of matches (sloppy: Σ 1/(1+distance)).
/// </summary>
public sealed class PhraseQuery : Query
{
    /// <summary>A phrase of single terms at consecutive positions.</summary>
    public PhraseQuery(string field, params string[] terms)
        : this(field, terms.Select(t => new[] { t }).ToArray(), Enumerable.Range(0, terms.Length).ToArray(), 0)
    {
    }

    /// <summary>The general form: alternatives per slot, each slot's position, and the slop.</summary>
    public PhraseQuery(string field, IReadOnlyList<string[]> terms, IReadOnlyList<int> positions, int slop)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(positions);
        if (terms.Count == 0 || terms.Count != positions.Count || terms.Any(t => t is null || t.Length == 0))
        {
            throw new ArgumentException("A phrase needs at least one slot, one position per slot and a term in every slot.", nameof(terms));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(slop);
        Field = field;
        Terms = terms.Select(t => t.ToArray()).ToArray();
        Positions = positions.ToArray();
        Slop = slop;
    }

    /// <summary>The field.</summary>
    public string Field { get; }

    /// <summary>Alternative terms of each slot.</summary>
    public IReadOnlyList<string[]> Terms { get; }

    /// <summary>Relative position of each slot.</summary>
    public IReadOnlyList<int> Positions { get; }

    /// <summary>Allowed position moves (0 = exact phrase).</summary>
    public int Slop { get; }

    /// <inheritdoc/>
    public override string ToString()
    {
        var sb = new StringBuilder().Append(Field).Append(":\"");
        var last = Positions[0];
        for (var i = 0; i < Terms.Count; i++)
        {
            for (var gap = last + 1; i > 0 && gap < Positions[i]; gap++)
            {
                sb.Append("? ");
            }

            sb.Append(Terms[i].Length == 1 ? Terms[i][0] : "(" + string.Join(' ', Terms[i]) + ")");
            if (i + 1 < Terms.Count)
            {
                sb.Append(' ');
            }

            last = Positions[i];
        }

        sb.Append('"');
        return Slop > 0 ? sb.Append('~').Append(Slop).ToString() : sb.ToString();
    }

    internal override Weight CreateWeight(IndexSearcher searcher, bool needsScores, float boost)
    {
        var field = searcher.FieldNumber(Field);
        if (field < 0)
        {
            return new NoMatchWeight();
        }

        var (docCount, _, cache) = searcher.FieldStats(field);
        double idf = 0;
        foreach (var slot in Terms)
        {
            foreach (var t in slot)
            {
                var df = searcher.DocFreq(field, t);
                idf += Bm25.Idf(df, Math.Max(docCount, df));
            }
        }

        var min = Positions.Min();
        return new PhraseWeight(this, field, boost * (float)idf, cache, Positions.Select(p => p - min).ToArray());
    }

    internal override void CollectTerms(IndexSearcher searcher, QueryTerms terms) =>
        terms.Phrases.Add((Field, Terms.ToArray(), Positions.ToArray(), Slop));

    private sealed class PhraseWeight(PhraseQuery query, int field, float weight, float[] cache, int[] offsets) : Weight
    {
        public override Scorer? GetScorer(LeafReader leaf)
        {
            var fr = leaf.Segment.Field(field);
            if (fr is null || !fr.HasPositions)
            {
                return null;
            }

            var groups = new PositionGroup[query.Terms.Count];
            for (var i = 0; i < groups.Length; i++)
            {
                var enums = new List<PostingsEnum>();
                foreach (var t in query.Terms[i])
                {
                    if (leaf.Segment.Postings(field, t) is { } p)
                    {
                        enums.Add(p);
                    }
                }

                if (enums.Count == 0)
                {
                    return null;
                }

                groups[i] = new PositionGroup(enums.ToArray(), offsets[i]);
            }

            return new PhraseScorer(groups, query.Slop, fr, weight, cache);
        }
    }
}

using PoznanAsk.Search.Highlighting;
using PoznanAsk.Search.Querying.Scorers;
using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Scoring;

namespace PoznanAsk.Search.Querying;

/// <summary>
/// Several terms at one position scored as one term (Lucene 8's SynonymQuery): a document matches if
/// it has any of them, its freq is the sum of their frequencies, and the idf uses the largest
/// document frequency among them. Use it for lemma OR-groups and analyzer synonyms.
/// </summary>
public sealed class SynonymQuery : Query
{
    /// <summary>Creates the query.</summary>
    public SynonymQuery(string field, params string[] terms)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Length == 0)
        {
            throw new ArgumentException("At least one term is needed.", nameof(terms));
        }

        Field = field;
        Terms = terms.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The field.</summary>
    public string Field { get; }

    /// <summary>The alternative terms.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <inheritdoc/>
    public override string ToString() => $"Synonym({string.Join(' ', Terms.Select(t => Field + ":" + t))})";

    internal override Weight CreateWeight(IndexSearcher searcher, bool needsScores, float boost)
    {
        var field = searcher.FieldNumber(Field);
        if (field < 0)
        {
            return new NoMatchWeight();
        }

        var (docCount, _, cache) = searcher.FieldStats(field);
        long df = 0;
        foreach (var t in Terms)
        {
            df = Math.Max(df, searcher.DocFreq(field, t));
        }

        return new SynonymWeight(Terms, field, boost * Bm25.Idf(df, Math.Max(docCount, df)), cache);
    }

    internal override void CollectTerms(IndexSearcher searcher, QueryTerms terms)
    {
        foreach (var t in Terms)
        {
            terms.AddTerm(Field, t);
        }
    }

    private sealed class SynonymWeight(IReadOnlyList<string> terms, int field, float weight, float[] cache) : Weight
    {
        public override Scorer? GetScorer(LeafReader leaf)
        {
            var enums = new List<PostingsEnum>();
            foreach (var t in terms)
            {
                if (leaf.Segment.Postings(field, t) is { } p)
                {
                    enums.Add(p);
                }
            }

            return enums.Count == 0 ? null : new SynonymScorer(enums.ToArray(), leaf.Segment.Field(field)!, weight, cache);
        }
    }

    private sealed class SynonymScorer(PostingsEnum[] enums, FieldReader fr, float weight, float[] cache) : Scorer
    {
        private int _doc = -1;

        public override int Doc => _doc;

        public override long Cost => enums.Sum(e => (long)e.DocFreq);

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target)
        {
            var min = NoMoreDocs;
            foreach (var e in enums)
            {
                min = Math.Min(min, e.Doc < target ? e.Advance(target) : e.Doc);
            }

            return _doc = min;
        }

        public override float Score()
        {
            var freq = 0;
            foreach (var e in enums)
            {
                if (e.Doc == _doc)
                {
                    freq += e.Freq;
                }
            }

            return Bm25.Score(weight, freq, cache[fr.Norm(_doc)]);
        }
    }
}

using System.Text;
using PoznanAsk.Analysis;
using PoznanAsk.Search.Highlighting;

namespace PoznanAsk.Search.Querying;

/// <summary>
/// Terms within <see cref="MaxEdits"/> (≤ 2) Damerau edits of <see cref="Term"/> (insert, delete,
/// substitute, swap of neighbours — Lucene's default <c>transpositions = true</c>). Like Lucene's
/// TopTermsBlendedFreqScoringRewrite: the 50 best expansions (by similarity 1 − edits/min length, then
/// term order) are OR-ed, each boosted by its similarity and scored with the largest document
/// frequency among them, so a rare misspelling does not outrank the real word.
/// </summary>
public sealed class FuzzyQuery : Query
{
    /// <summary>Most expansions kept.</summary>
    public const int MaxExpansions = 50;

    /// <summary>Creates the query (<paramref name="term"/> normalised, not stemmed).</summary>
    public FuzzyQuery(string field, string term, int maxEdits = 2)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(term);
        ArgumentOutOfRangeException.ThrowIfNegative(maxEdits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxEdits, 2);
        Field = field;
        Term = term;
        MaxEdits = maxEdits;
    }

    /// <summary>The field.</summary>
    public string Field { get; }

    /// <summary>The misspelt term.</summary>
    public string Term { get; }

    /// <summary>Maximum edit distance (0–2).</summary>
    public int MaxEdits { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Field}:{Term}~{MaxEdits}";

    internal override Weight CreateWeight(IndexSearcher searcher, bool needsScores, float boost) =>
        Rewrite(searcher).CreateWeight(searcher, needsScores, boost);

    internal override void CollectTerms(IndexSearcher searcher, QueryTerms terms) => Rewrite(searcher).CollectTerms(searcher, terms);

    internal Query Rewrite(IndexSearcher searcher)
    {
        var field = searcher.FieldNumber(Field);
        var found = new Dictionary<string, float>(StringComparer.Ordinal);
        if (field >= 0)
        {
            foreach (var leaf in searcher.Reader.Leaves)
            {
                if (leaf.Segment.Field(field) is not { } fr)
                {
                    continue;
                }

                var e = fr.Seek(default);
                while (e.Next())
                {
                    var len = Encoding.UTF8.GetCharCount(e.Term);
                    if (Math.Abs(len - Term.Length) > MaxEdits)
                    {
                        continue;
                    }

                    var candidate = Encoding.UTF8.GetString(e.Term);
                    if (found.ContainsKey(candidate))
                    {
                        continue;
                    }

                    var ed = EditDistance.Bounded(Term, candidate, MaxEdits);
                    var minLen = Math.Min(candidate.Length, Term.Length);
                    if (ed <= MaxEdits && (ed == 0 || ed < minLen))
                    {
                        found[candidate] = ed == 0 ? 1f : 1f - ((float)ed / minLen);
                    }
                }
            }
        }

        var best = found.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(MaxExpansions).ToList();
        long maxDf = 1;
        foreach (var (t, _) in best)
        {
            maxDf = Math.Max(maxDf, searcher.DocFreq(field, t));
        }

        return new BooleanQuery(best.Select(p => new BooleanClause(new BoostQuery(new TermQuery(Field, p.Key, maxDf), p.Value), Occur.Should)));
    }
}

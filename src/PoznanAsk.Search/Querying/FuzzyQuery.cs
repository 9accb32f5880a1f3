using System.Text;
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

    /// <summary>Optimal-string-alignment distance, or <paramref name="max"/> + 1 when it exceeds <paramref name="max"/>.</summary>
    internal static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var prev2 = new int[b.Length + 1];
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (prev2, prev, cur) = (prev, cur, prev2);
        }

        return prev[b.Length];
    }

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

                    var ed = Distance(Term, candidate, MaxEdits);
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

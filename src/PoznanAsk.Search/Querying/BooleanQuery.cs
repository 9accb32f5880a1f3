using System.Text;
using PoznanAsk.Search.Highlighting;
using PoznanAsk.Search.Querying.Scorers;
using PoznanAsk.Search.Reading;

namespace PoznanAsk.Search.Querying;

/// <summary>
/// Combines clauses (Lucene's BooleanQuery): Must and Filter clauses are required, MustNot excluded,
/// Should optional — unless there is no required clause, then at least
/// max(1, <see cref="MinimumShouldMatch"/>) Should clauses must match. Scores are summed.
/// A query of only MustNot clauses matches nothing, as in Lucene.
/// </summary>
public sealed class BooleanQuery : Query
{
    /// <summary>Creates the query.</summary>
    public BooleanQuery(IEnumerable<BooleanClause> clauses, int minimumShouldMatch = 0)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        Clauses = clauses.ToArray();
        ArgumentOutOfRangeException.ThrowIfNegative(minimumShouldMatch);
        MinimumShouldMatch = minimumShouldMatch;
    }

    /// <summary>The clauses.</summary>
    public IReadOnlyList<BooleanClause> Clauses { get; }

    /// <summary>Minimum number of Should clauses that must match (0 = Lucene's default rule).</summary>
    public int MinimumShouldMatch { get; }

    /// <summary>Convenience: all <paramref name="queries"/> as Should clauses.</summary>
    public static BooleanQuery Or(params Query[] queries) => new(queries.Select(q => new BooleanClause(q, Occur.Should)));

    /// <summary>Convenience: all <paramref name="queries"/> as Must clauses.</summary>
    public static BooleanQuery And(params Query[] queries) => new(queries.Select(q => new BooleanClause(q, Occur.Must)));

    /// <inheritdoc/>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var c in Clauses)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(c.Occur switch { Occur.Must => "+", Occur.Filter => "#", Occur.MustNot => "-", _ => string.Empty });
            sb.Append(c.Query is BooleanQuery ? "(" + c.Query + ")" : c.Query.ToString());
        }

        if (MinimumShouldMatch > 0)
        {
            sb.Append('~').Append(MinimumShouldMatch);
        }

        return sb.ToString();
    }

    internal override Weight CreateWeight(IndexSearcher searcher, bool needsScores, float boost)
    {
        var clauses = Clauses
            .Select(c => (c.Occur, Weight: c.Query.CreateWeight(searcher, needsScores && c.Occur is Occur.Must or Occur.Should, boost)))
            .ToArray();
        return new BooleanWeight(clauses, MinimumShouldMatch);
    }

    internal override void CollectTerms(IndexSearcher searcher, QueryTerms terms)
    {
        foreach (var c in Clauses)
        {
            if (c.Occur != Occur.MustNot)
            {
                c.Query.CollectTerms(searcher, terms);
            }
        }
    }

    private sealed class BooleanWeight((Occur Occur, Weight Weight)[] clauses, int minShouldMatch) : Weight
    {
        public override Scorer? GetScorer(LeafReader leaf)
        {
            var required = new List<Scorer>();
            var scoring = new List<Scorer>();
            var optional = new List<Scorer>();
            var excluded = new List<Scorer>();
            foreach (var (occur, weight) in clauses)
            {
                var s = weight.GetScorer(leaf);
                switch (occur)
                {
                    case Occur.Must or Occur.Filter when s is null:
                        return null;
                    case Occur.Must:
                        required.Add(s!);
                        scoring.Add(s!);
                        break;
                    case Occur.Filter:
                        required.Add(s!);
                        break;
                    case Occur.Should when s is not null:
                        optional.Add(s);
                        break;
                    case Occur.MustNot when s is not null:
                        excluded.Add(s);
                        break;
                }
            }

            Scorer? main;
            if (required.Count == 0)
            {
                var need = Math.Max(1, minShouldMatch);
                if (optional.Count < need)
                {
                    return null;
                }

                main = optional.Count == 1 ? optional[0] : need == 1 ? new WindowedDisjunctionScorer(optional) : new DisjunctionScorer(optional, need);
            }
            else
            {
                main = required.Count == 1 && scoring.Count == 1 ? required[0] : new ConjunctionScorer(required, scoring);
                if (minShouldMatch > 0)
                {
                    if (optional.Count < minShouldMatch)
                    {
                        return null;
                    }

                    var disj = new DisjunctionScorer(optional, minShouldMatch);
                    main = new ConjunctionScorer([main, disj], [main, disj]);
                }
                else if (optional.Count > 0)
                {
                    main = new ReqOptScorer(main, optional.Count == 1 ? optional[0] : new WindowedDisjunctionScorer(optional));
                }
            }

            if (excluded.Count > 0)
            {
                main = new ReqExclScorer(main, excluded.Count == 1 ? excluded[0] : new DisjunctionScorer(excluded, 1));
            }

            return main;
        }
    }
}

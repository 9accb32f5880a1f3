using System.Text;
using PoznanAsk.Search.Highlighting;

namespace PoznanAsk.Search.Querying;

/// <summary>Documents with a term starting with <see cref="Prefix"/> (<c>prefix*</c>); constant score (the boost), as in Lucene.</summary>
public sealed class PrefixQuery : Query
{
    /// <summary>Creates the query; <paramref name="prefix"/> is matched as is (normalise it first).</summary>
    public PrefixQuery(string field, string prefix)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(prefix);
        Field = field;
        Prefix = prefix;
    }

    /// <summary>The field.</summary>
    public string Field { get; }

    /// <summary>The term prefix.</summary>
    public string Prefix { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Field}:{Prefix}*";

    internal override Weight CreateWeight(IndexSearcher searcher, bool needsScores, float boost)
    {
        var field = searcher.FieldNumber(Field);
        var prefix = Encoding.UTF8.GetBytes(Prefix);
        return field < 0 ? new NoMatchWeight() : new MultiTermWeight(field, fr => MultiTermWeight.WithPrefix(fr, prefix).Select(t => t.Info), boost);
    }

    internal override void CollectTerms(IndexSearcher searcher, QueryTerms terms) =>
        terms.Patterns.Add((Field, t => t.StartsWith(Prefix, StringComparison.Ordinal)));
}

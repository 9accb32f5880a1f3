using System.Text;
using PoznanAsk.Search.Highlighting;

namespace PoznanAsk.Search.Querying;

/// <summary>Terms matching a pattern with <c>*</c> (any run) and <c>?</c> (one character); constant score.</summary>
public sealed class WildcardQuery : Query
{
    /// <summary>Creates the query; literal characters are matched as is (normalise them first).</summary>
    public WildcardQuery(string field, string pattern)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(pattern);
        Field = field;
        Pattern = pattern;
    }

    /// <summary>The field.</summary>
    public string Field { get; }

    /// <summary>The pattern.</summary>
    public string Pattern { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Field}:{Pattern}";

    /// <summary>Glob match with backtracking over the last <c>*</c> (linear for practical patterns).</summary>
    internal static bool Matches(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    internal override Weight CreateWeight(IndexSearcher searcher, bool needsScores, float boost)
    {
        var field = searcher.FieldNumber(Field);
        if (field < 0)
        {
            return new NoMatchWeight();
        }

        var literal = Pattern.IndexOfAny(['*', '?']) is var i and >= 0 ? Pattern[..i] : Pattern;
        var prefix = Encoding.UTF8.GetBytes(literal);
        return new MultiTermWeight(
            field,
            fr => MultiTermWeight.WithPrefix(fr, prefix).Where(t => Matches(Pattern, Encoding.UTF8.GetString(t.Term))).Select(t => t.Info),
            boost);
    }

    internal override void CollectTerms(IndexSearcher searcher, QueryTerms terms) =>
        terms.Patterns.Add((Field, t => Matches(Pattern, t)));
}

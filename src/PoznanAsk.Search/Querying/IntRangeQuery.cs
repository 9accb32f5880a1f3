using System.Globalization;
using System.Text;
using PoznanAsk.Search.Highlighting;
using PoznanAsk.Search.Indexing;

namespace PoznanAsk.Search.Querying;

/// <summary>Documents whose Int field lies in a range (e.g. <c>year:[2020 TO 2023]</c>); constant score. Null bound = open.</summary>
public sealed class IntRangeQuery : Query
{
    /// <summary>Creates the query.</summary>
    public IntRangeQuery(string field, int? lower, int? upper, bool includeLower = true, bool includeUpper = true)
    {
        ArgumentNullException.ThrowIfNull(field);
        Field = field;
        Lower = lower;
        Upper = upper;
        IncludeLower = includeLower;
        IncludeUpper = includeUpper;
    }

    /// <summary>The Int field.</summary>
    public string Field { get; }

    /// <summary>Lower bound or null.</summary>
    public int? Lower { get; }

    /// <summary>Upper bound or null.</summary>
    public int? Upper { get; }

    /// <summary>Whether <see cref="Lower"/> itself matches.</summary>
    public bool IncludeLower { get; }

    /// <summary>Whether <see cref="Upper"/> itself matches.</summary>
    public bool IncludeUpper { get; }

    /// <summary>Exactly <paramref name="value"/>.</summary>
    public static IntRangeQuery Exact(string field, int value) => new(field, value, value);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Field}:{(IncludeLower ? '[' : '{')}{Lower?.ToString(CultureInfo.InvariantCulture) ?? "*"} TO {Upper?.ToString(CultureInfo.InvariantCulture) ?? "*"}{(IncludeUpper ? ']' : '}')}");

    internal override Weight CreateWeight(IndexSearcher searcher, bool needsScores, float boost)
    {
        var field = searcher.FieldNumber(Field);
        long lo = Lower is { } l ? (IncludeLower ? l : (long)l + 1) : int.MinValue;
        long hi = Upper is { } u ? (IncludeUpper ? u : (long)u - 1) : int.MaxValue;
        if (field < 0 || searcher.Reader.Schema.Fields[field].Kind != Schema.FieldKind.Int || lo > hi)
        {
            return new NoMatchWeight();
        }

        var from = Encoding.ASCII.GetBytes(IntTerm.Encode((int)lo));
        var to = Encoding.ASCII.GetBytes(IntTerm.Encode((int)hi));
        return new MultiTermWeight(field, fr => Select(fr, from, to), boost);
    }

    internal override void CollectTerms(IndexSearcher searcher, QueryTerms terms)
    {
        // Numbers are not highlighted.
    }

    private static IEnumerable<Reading.TermInfo> Select(Reading.FieldReader fr, byte[] from, byte[] to)
    {
        var e = fr.Seek(from);
        while (e.Next() && e.Term.SequenceCompareTo(to) <= 0)
        {
            yield return e.Info;
        }
    }
}

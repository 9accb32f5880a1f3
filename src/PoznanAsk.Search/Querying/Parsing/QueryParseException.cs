namespace PoznanAsk.Search.Querying.Parsing;

/// <summary>
/// A query string that does not follow the syntax. <see cref="Position"/> is the 0-based character index
/// where the problem is; the message is plain Polish for the user (e.g. "Brak zamykającego nawiasu").
/// </summary>
public sealed class QueryParseException : SearchException
{
    /// <summary>Creates the error.</summary>
    public QueryParseException(int position, string message)
        : this(position, 1, message, ParseRepair.Remove)
    {
    }

    internal QueryParseException(int position, int length, string message, ParseRepair repair)
        : base(message)
    {
        Position = position;
        Length = Math.Max(0, length);
        Repair = repair;
    }

    /// <summary>0-based character index of the problem in the query string.</summary>
    public int Position { get; }

    /// <summary>Characters involved, starting at <see cref="Position"/>.</summary>
    internal int Length { get; }

    /// <summary>How lenient parsing fixes this error.</summary>
    internal ParseRepair Repair { get; }
}

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
        RepairPosition = position;
        RepairLength = Math.Max(0, length);
    }

    internal QueryParseException(QueryParseException inner, int repairPosition, int repairLength, ParseRepair repair)
        : this(inner.Position, inner.Length, inner.Message, repair)
    {
        RepairPosition = repairPosition;
        RepairLength = repairLength;
    }

    /// <summary>0-based character index of the problem in the query string.</summary>
    public int Position { get; }

    /// <summary>Characters involved, starting at <see cref="Position"/>.</summary>
    internal int Length { get; }

    /// <summary>How lenient parsing fixes this error.</summary>
    internal ParseRepair Repair { get; }

    /// <summary>Where lenient parsing applies <see cref="Repair"/> (usually <see cref="Position"/>).</summary>
    internal int RepairPosition { get; }

    /// <summary>How many characters the repair covers.</summary>
    internal int RepairLength { get; }
}

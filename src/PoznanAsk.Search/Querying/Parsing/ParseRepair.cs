namespace PoznanAsk.Search.Querying.Parsing;

/// <summary>How lenient parsing repairs a syntax error at its position.</summary>
internal enum ParseRepair
{
    /// <summary>Delete the offending characters.</summary>
    Remove,

    /// <summary>Escape them so they are read as ordinary text.</summary>
    Escape,

    /// <summary>Replace them by spaces (a ':' after an unknown field: both words stay searchable).</summary>
    Blank,
}

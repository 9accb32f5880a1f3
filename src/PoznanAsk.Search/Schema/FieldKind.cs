namespace PoznanAsk.Search.Schema;

/// <summary>How a field's values are indexed.</summary>
public enum FieldKind
{
    /// <summary>Analysed text with term frequencies, positions and a length norm (BM25, phrases).</summary>
    Text,

    /// <summary>One exact string term per value (ids, file names, kinds): filters and deletes.</summary>
    Keyword,

    /// <summary>A 32-bit integer (e.g. year): exact and range filters.</summary>
    Int,
}

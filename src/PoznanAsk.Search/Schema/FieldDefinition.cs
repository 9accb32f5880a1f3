namespace PoznanAsk.Search.Schema;

/// <summary>
/// One field of the schema. A Text field needs <see cref="Analyzer"/> (an analyzer name). A field with
/// <see cref="CopyFrom"/> takes its values from that other field and is indexed only (e.g.
/// <c>text.folded</c> = the <c>text</c> value analysed by a folding analyzer).
/// </summary>
/// <param name="Name">Field name: letters, digits, '_', '-' and '.'.</param>
/// <param name="Kind">Text, Keyword or Int.</param>
/// <param name="Stored">Whether values are kept for retrieval (hits, highlighting, reload).</param>
/// <param name="Indexed">Whether values are searchable.</param>
/// <param name="Analyzer">Analyzer name for a Text field (null otherwise).</param>
/// <param name="CopyFrom">Source field of a derived (sub-)field, or null.</param>
public sealed record FieldDefinition(
    string Name,
    FieldKind Kind,
    bool Stored = true,
    bool Indexed = true,
    string? Analyzer = null,
    string? CopyFrom = null)
{
    /// <summary>A stored, indexed Text field analysed by <paramref name="analyzer"/>.</summary>
    public static FieldDefinition Text(string name, string analyzer, bool stored = true) => new(name, FieldKind.Text, stored, true, analyzer);

    /// <summary>A stored, indexed Keyword field.</summary>
    public static FieldDefinition Keyword(string name, bool stored = true) => new(name, FieldKind.Keyword, stored, true);

    /// <summary>A stored, indexed Int field.</summary>
    public static FieldDefinition Int(string name, bool stored = true) => new(name, FieldKind.Int, stored, true);

    /// <summary>An index-only Text field analysing the values of <paramref name="source"/> with <paramref name="analyzer"/>.</summary>
    public static FieldDefinition SubField(string name, string source, string analyzer) => new(name, FieldKind.Text, false, true, analyzer, source);
}

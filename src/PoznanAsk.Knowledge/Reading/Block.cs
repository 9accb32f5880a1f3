using PoznanAsk.Knowledge.Text;

namespace PoznanAsk.Knowledge.Reading;

/// <summary>
/// One structural piece of a report, with offsets into the document text. For a list,
/// <see cref="Items"/> are the item texts (bullet excluded) and <see cref="Span"/> covers them all.
/// </summary>
/// <param name="Kind">Heading, paragraph or list.</param>
/// <param name="Span">Where the block's text is (trimmed of surrounding white space).</param>
/// <param name="Level">Heading level (1 = outermost); 0 for other blocks.</param>
/// <param name="Items">List items; empty for other blocks.</param>
internal sealed record Block(BlockKind Kind, TextSpan Span, int Level, IReadOnlyList<TextSpan> Items)
{
    /// <summary>
    /// For a caption: the index of the content block it follows in the page (its section is that
    /// block's), -1 before any. Captions come after all content blocks, and their text after the
    /// content text, so content offsets are those of the page without pictures.
    /// </summary>
    public int After { get; init; } = -1;

    /// <summary>A caption block (alt text or figure caption) following block <paramref name="after"/>.</summary>
    public static Block Caption(TextSpan span, int after) => new(BlockKind.Caption, span, 0, []) { After = after };

    /// <summary>A heading block.</summary>
    public static Block Heading(TextSpan span, int level) => new(BlockKind.Heading, span, level, []);

    /// <summary>A paragraph block.</summary>
    public static Block Paragraph(TextSpan span) => new(BlockKind.Paragraph, span, 0, []);

    /// <summary>A list block from its items.</summary>
    public static Block List(IReadOnlyList<TextSpan> items) =>
        new(BlockKind.List, new TextSpan(items[0].Start, items[^1].End), 0, items);
}

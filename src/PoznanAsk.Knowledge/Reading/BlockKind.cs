namespace PoznanAsk.Knowledge.Reading;

/// <summary>The structural pieces a report is read into.</summary>
internal enum BlockKind
{
    /// <summary>A heading (plain-text short standalone line, Markdown <c>#</c>, HTML h1–h6).</summary>
    Heading,

    /// <summary>Running text.</summary>
    Paragraph,

    /// <summary>A bullet or numbered list.</summary>
    List,

    /// <summary>An image's alt text or a figure caption: a Caption passage, never a fact, ranked below content.</summary>
    Caption,
}

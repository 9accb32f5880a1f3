namespace PoznanAsk.Knowledge.Reading;

/// <summary>
/// A report read into blocks. <see cref="Text"/> is the text all offsets point into: the decoded file
/// for plain text and Markdown, the extracted text for HTML (see docs/knowledge.md).
/// </summary>
/// <param name="Text">The text the block offsets refer to.</param>
/// <param name="Format">How the file was written.</param>
/// <param name="Blocks">Headings, paragraphs and lists in document order.</param>
internal sealed record ReportDocument(string Text, ReportFormat Format, IReadOnlyList<Block> Blocks);

namespace PoznanAsk.Knowledge.Model;

/// <summary>What a citable unit of a report is.</summary>
public enum PassageKind
{
    /// <summary>A paragraph of running text.</summary>
    Paragraph,

    /// <summary>A list together with the sentence that introduces it (one citable unit).</summary>
    List,

    /// <summary>One item of a list, addressable on its own; <see cref="Passage.ParentId"/> is the list.</summary>
    ListItem,
}

/// <summary>
/// A citable piece of a report. <see cref="Start"/>/<see cref="End"/> are UTF-16 offsets into the
/// source file's decoded text, so <c>sourceText[Start..End] == Text</c> and a citation can point at the original.
/// </summary>
/// <param name="Id">Stable id: the same text in the same source gives the same id across rebuilds.</param>
/// <param name="Source">Source file name relative to the reports folder (e.g. <c>000_96ad0c0f524e9b75.txt</c>).</param>
/// <param name="Year">Report year (from the manifest or inferred), null when unknown.</param>
/// <param name="Section">Section path, outermost first, joined by " › " (e.g. "Organizacje międzynarodowe").</param>
/// <param name="Kind">Paragraph, list or list item.</param>
/// <param name="Text">The exact text.</param>
/// <param name="Start">Start offset in the source text.</param>
/// <param name="End">End offset (exclusive) in the source text.</param>
/// <param name="ParentId">For a list item, the id of its list passage.</param>
/// <param name="Url">Where the report is published, when the manifest says.</param>
/// <param name="Title">The report's title, when known.</param>
public sealed record Passage(
    string Id,
    string Source,
    int? Year,
    string Section,
    PassageKind Kind,
    string Text,
    int Start,
    int End,
    string? ParentId = null,
    string? Url = null,
    string? Title = null);

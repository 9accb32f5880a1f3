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

    /// <summary>
    /// The alt text or caption of an image (e.g. a logo in a membership list that is only pictures).
    /// Citable, but ranked below every content passage and never a source of facts.
    /// </summary>
    Caption,
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
/// <param name="Page">For a report read from a PDF: the (1-based) page the passage starts on; null for other formats.</param>
/// <param name="PageBreaks">For a passage that runs over a page break: the source offsets (inside the passage) where
/// each following page begins, ascending (page <see cref="Page"/>+1, +2, …); null or empty when it stays on one page.</param>
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
    string? Title = null,
    int? Page = null,
    IReadOnlyList<int>? PageBreaks = null)
{
    /// <summary>The page the source offset <paramref name="offset"/> (inside this passage) is on; null when the report has no pages.</summary>
    public int? PageAt(int offset)
    {
        if (Page is not { } page)
        {
            return null;
        }

        foreach (var pageBreak in PageBreaks ?? [])
        {
            if (offset < pageBreak)
            {
                break;
            }

            page++;
        }

        return page;
    }
}

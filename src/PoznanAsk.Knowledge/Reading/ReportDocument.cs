namespace PoznanAsk.Knowledge.Reading;

/// <summary>
/// A report read into blocks. <see cref="Text"/> is the text all offsets point into: the decoded file
/// for plain text and Markdown, the extracted text for HTML and PDF (see docs/knowledge.md).
/// </summary>
/// <param name="Text">The text the block offsets refer to.</param>
/// <param name="Format">How the file was written.</param>
/// <param name="Blocks">Headings, paragraphs and lists in document order.</param>
internal sealed record ReportDocument(string Text, ReportFormat Format, IReadOnlyList<Block> Blocks)
{
    /// <summary>For a PDF: the offset in <see cref="Text"/> where each page begins (index 0 = page 1), ascending; null otherwise.</summary>
    public IReadOnlyList<int>? PageStarts { get; init; }

    /// <summary>The title the file gives itself (HTML <c>og:title</c>/<c>&lt;title&gt;</c>, PDF document info), used without a manifest entry.</summary>
    public string? Title { get; init; }

    /// <summary>The address the file gives itself (HTML <c>link rel=canonical</c>/<c>og:url</c>), used without a manifest entry.</summary>
    public string? Url { get; init; }

    /// <summary>The metadata lines a stored plain-text page starts with, if any (never passages).</summary>
    public PageHeader? Header { get; init; }

    /// <summary>Problems found while reading that do not stop it (e.g. pages without a text layer).</summary>
    public IReadOnlyList<Model.IngestWarning> Warnings { get; init; } = [];

    /// <summary>The 1-based page of <paramref name="offset"/>, null when the document has no pages.</summary>
    public int? PageAt(int offset)
    {
        if (PageStarts is not { Count: > 0 } starts)
        {
            return null;
        }

        // The last page starting at or before the offset (empty pages share the next page's start).
        var (lo, hi) = (0, starts.Count - 1);
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (starts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo + 1;
    }

    /// <summary>The offsets inside (<paramref name="start"/>, <paramref name="end"/>) where a new page begins; null when none.</summary>
    public IReadOnlyList<int>? PageBreaksIn(int start, int end)
    {
        if (PageStarts is null)
        {
            return null;
        }

        var first = PageAt(start) ?? 0;
        var last = PageAt(Math.Max(start, end - 1)) ?? 0;
        return last <= first ? null : Enumerable.Range(first, last - first).Select(p => PageStarts[p]).ToArray();
    }
}

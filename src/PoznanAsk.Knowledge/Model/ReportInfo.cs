namespace PoznanAsk.Knowledge.Model;

/// <summary>One ingested report file and what is known about it.</summary>
/// <param name="Source">File name relative to the reports folder.</param>
/// <param name="Year">Report year, null when it could not be determined.</param>
/// <param name="YearEvidence">Where the year came from ("manifest" or the quoted text, e.g. "W 2017 r.").</param>
/// <param name="Title">Title from the manifest, if any.</param>
/// <param name="Section">Section from the manifest or the first heading, if any.</param>
/// <param name="Url">Published URL from the manifest, if any.</param>
/// <param name="ContentHash">SHA-256 (hex) of the file's bytes: unchanged hash → not re-ingested.</param>
/// <param name="Pages">For a PDF: its number of pages; null for other formats.</param>
public sealed record ReportInfo(
    string Source,
    int? Year,
    string YearEvidence,
    string? Title,
    string? Section,
    string? Url,
    string ContentHash,
    int? Pages = null);

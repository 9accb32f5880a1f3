namespace PoznanAsk.Knowledge.Reading;

/// <summary>What the manifest says about one report file; every member is optional except the file name.</summary>
/// <param name="File">File name relative to the reports folder.</param>
/// <param name="Title">Report title.</param>
/// <param name="Year">Report year (wins over the year read from the text).</param>
/// <param name="Section">Where in the report the file belongs, e.g. "IV Nasza współpraca → Aktywność w organizacjach…".</param>
/// <param name="Url">Where the report is published.</param>
public sealed record ManifestEntry(string File, string? Title, int? Year, string? Section, string? Url);

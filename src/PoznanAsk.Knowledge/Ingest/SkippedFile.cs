namespace PoznanAsk.Knowledge.Ingest;

/// <summary>A file in the reports folder that was not ingested, and why.</summary>
/// <param name="Source">File name relative to the reports folder.</param>
/// <param name="Reason">Why, for the user (Polish).</param>
public sealed record SkippedFile(string Source, string Reason);

namespace PoznanAsk.Knowledge.Ingest;

/// <summary>A parsed report with the fingerprint it was parsed from (file SHA-256 + manifest entry + parser version).</summary>
/// <param name="Fingerprint">When this changes, the file is read again.</param>
/// <param name="Report">What was read.</param>
internal sealed record StoredReport(string Fingerprint, ParsedReport Report);

using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Knowledge.Index;

/// <summary>The payload of a <c>report</c> document: the file's info, the fingerprint it was read from, its warnings.</summary>
/// <param name="Info">Report info.</param>
/// <param name="Fingerprint">SHA-256 + parser version + manifest entry (unchanged → not re-read).</param>
/// <param name="Warnings">Warnings about the file.</param>
internal sealed record ReportRecord(ReportInfo Info, string Fingerprint, IReadOnlyList<IngestWarning> Warnings);

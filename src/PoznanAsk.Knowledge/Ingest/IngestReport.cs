using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Knowledge.Ingest;

/// <summary>What an ingest of a reports folder did; <c>poznanask index</c> prints it.</summary>
/// <param name="Added">Files read for the first time.</param>
/// <param name="Updated">Files whose bytes (or manifest entry) changed and were read again.</param>
/// <param name="Unchanged">Files not read again (same SHA-256 and manifest entry).</param>
/// <param name="Removed">Files gone from the folder; their passages and facts were dropped.</param>
/// <param name="Duplicates">Files with the same bytes as another file, not ingested (a warning says which).</param>
/// <param name="Warnings">Every warning of the resulting knowledge base (all files, not only the re-read ones).</param>
/// <param name="Passages">Passages in the result.</param>
/// <param name="Facts">Membership facts in the result.</param>
/// <param name="Events">Join/leave events in the result.</param>
/// <param name="Activities">Activity links in the result.</param>
/// <param name="Organisations">Organisations in the registry.</param>
/// <param name="Pages">Pages of the PDF reports in the result.</param>
/// <param name="FactsByYear">Membership facts per year and scope, by year then scope.</param>
/// <param name="Skipped">Files in the folder that were not ingested and why (duplicates, formats that are not reports).</param>
public sealed record IngestReport(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Updated,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Duplicates,
    IReadOnlyList<IngestWarning> Warnings,
    int Passages,
    int Facts,
    int Events,
    int Activities,
    int Organisations,
    int Pages = 0,
    IReadOnlyList<FactCount>? FactsByYear = null,
    IReadOnlyList<SkippedFile>? Skipped = null)
{
    /// <summary>True when no file was added, updated or removed.</summary>
    public bool NothingChanged => Added.Count == 0 && Updated.Count == 0 && Removed.Count == 0;
}

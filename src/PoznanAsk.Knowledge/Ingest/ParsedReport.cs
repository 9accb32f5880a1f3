using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Knowledge.Ingest;

/// <summary>
/// Everything read from one report file before the registry joins the reports: facts carry an
/// empty organisation id and events a null one until <see cref="KnowledgeAssembler"/> resolves them.
/// This is also what the index stores per file, so unchanged files need not be re-read.
/// </summary>
/// <param name="Info">The file and its year.</param>
/// <param name="Passages">Passages in document order.</param>
/// <param name="Lists">Membership lists.</param>
/// <param name="Memberships">Membership facts (organisation not yet resolved).</param>
/// <param name="Events">Join/leave events (organisation not yet resolved).</param>
/// <param name="Warnings">Warnings about this file.</param>
internal sealed record ParsedReport(
    ReportInfo Info,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<MembershipList> Lists,
    IReadOnlyList<MembershipFact> Memberships,
    IReadOnlyList<EventFact> Events,
    IReadOnlyList<IngestWarning> Warnings);

namespace PoznanAsk.Knowledge.Model;

/// <summary>
/// Everything ingested from the reports: passages, facts and the organisation registry. Immutable;
/// a re-ingest produces a new instance. The answering layer reads it; the index persists it.
/// </summary>
public sealed class KnowledgeBase
{
    /// <summary>Creates a knowledge base from its parts.</summary>
    public KnowledgeBase(
        IReadOnlyList<ReportInfo> reports,
        IReadOnlyList<Passage> passages,
        IReadOnlyList<MembershipList> lists,
        IReadOnlyList<MembershipFact> memberships,
        IReadOnlyList<EventFact> events,
        IReadOnlyList<ActivityLink> activities,
        IReadOnlyList<Organisation> organisations,
        IReadOnlyList<IngestWarning> warnings)
    {
        Reports = reports;
        Passages = passages;
        Lists = lists;
        Memberships = memberships;
        Events = events;
        Activities = activities;
        Organisations = organisations;
        Warnings = warnings;
        PassagesById = passages.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        OrganisationsById = organisations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        Years = reports.Where(r => r.Year is not null).Select(r => r.Year!.Value)
            .Concat(memberships.Select(m => m.Year)).Distinct().Order().ToArray();
    }

    /// <summary>An empty knowledge base (no reports ingested).</summary>
    public static KnowledgeBase Empty { get; } = new([], [], [], [], [], [], [], []);

    /// <summary>Ingested report files.</summary>
    public IReadOnlyList<ReportInfo> Reports { get; }

    /// <summary>All passages (paragraphs, lists, list items).</summary>
    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>Membership lists with stated and parsed counts.</summary>
    public IReadOnlyList<MembershipList> Lists { get; }

    /// <summary>Membership facts, one per list item.</summary>
    public IReadOnlyList<MembershipFact> Memberships { get; }

    /// <summary>Dated join/leave events stated in text.</summary>
    public IReadOnlyList<EventFact> Events { get; }

    /// <summary>Passages linked to the organisation they describe activity in.</summary>
    public IReadOnlyList<ActivityLink> Activities { get; }

    /// <summary>The organisation registry.</summary>
    public IReadOnlyList<Organisation> Organisations { get; }

    /// <summary>Warnings from ingest (count mismatches, ambiguous years, bad files…).</summary>
    public IReadOnlyList<IngestWarning> Warnings { get; }

    /// <summary>Passages by id.</summary>
    public IReadOnlyDictionary<string, Passage> PassagesById { get; }

    /// <summary>Organisations by id.</summary>
    public IReadOnlyDictionary<string, Organisation> OrganisationsById { get; }

    /// <summary>The report years covered, ascending.</summary>
    public IReadOnlyList<int> Years { get; }
}

using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Facts;

/// <summary>Read-side look-ups over a <see cref="KnowledgeBase"/>, built once per knowledge base.</summary>
internal sealed class KnowledgeView
{
    private readonly ILookup<string, MembershipFact> _byOrg;
    private readonly ILookup<int, MembershipFact> _byYear;
    private readonly ILookup<string, EventFact> _events;
    private readonly ILookup<string, ActivityLink> _activities;

    /// <summary>Indexes <paramref name="knowledge"/>.</summary>
    public KnowledgeView(KnowledgeBase knowledge)
    {
        Knowledge = knowledge;
        _byOrg = knowledge.Memberships.ToLookup(m => m.OrganisationId, StringComparer.Ordinal);
        _byYear = knowledge.Memberships.ToLookup(m => m.Year);
        _events = knowledge.Events.Where(e => e.OrganisationId is not null).ToLookup(e => e.OrganisationId!, StringComparer.Ordinal);
        _activities = knowledge.Activities.ToLookup(a => a.OrganisationId, StringComparer.Ordinal);
        Years = knowledge.Years;
    }

    /// <summary>The knowledge base.</summary>
    public KnowledgeBase Knowledge { get; }

    /// <summary>Covered report years, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The latest covered year, or null when nothing is ingested.</summary>
    public int? LatestYear => Years.Count == 0 ? null : Years[^1];

    /// <summary>Membership lists of a year (optionally of one scope), in source order.</summary>
    public IReadOnlyList<MembershipList> Lists(int year, MembershipScope? scope = null) =>
        Knowledge.Lists.Where(l => l.Year == year && (scope is null || l.Scope == scope)).OrderBy(l => l.Source, StringComparer.Ordinal).ThenBy(l => l.IntroStart).ToList();

    /// <summary>The years that have a list of <paramref name="scope"/> (any list when null), ascending.</summary>
    public IReadOnlyList<int> YearsWithLists(MembershipScope? scope) =>
        Knowledge.Lists.Where(l => scope is null || l.Scope == scope).Select(l => l.Year).Distinct().Order().ToList();

    /// <summary>The facts of one list, in list order.</summary>
    public IReadOnlyList<MembershipFact> Items(MembershipList list) =>
        _byYear[list.Year].Where(m => m.ListPassageId == list.PassageId).OrderBy(m => m.Start).ToList();

    /// <summary>Facts of a year (optionally of one scope).</summary>
    public IEnumerable<MembershipFact> InYear(int year, MembershipScope? scope = null) =>
        _byYear[year].Where(m => scope is null || m.Scope == scope);

    /// <summary>All facts about an organisation, by year.</summary>
    public IReadOnlyList<MembershipFact> Of(string organisationId) =>
        _byOrg[organisationId].OrderBy(m => m.Year).ThenBy(m => m.Start).ToList();

    /// <summary>Join/leave events about an organisation.</summary>
    public IReadOnlyList<EventFact> EventsOf(string organisationId) => _events[organisationId].OrderBy(e => e.Year).ToList();

    /// <summary>Activity passages about an organisation, optionally of one year.</summary>
    public IReadOnlyList<ActivityLink> ActivitiesOf(string organisationId, int? year = null) =>
        _activities[organisationId].Where(a => year is null || a.Year == year).ToList();

    /// <summary>The list a fact belongs to.</summary>
    public MembershipList? ListOf(MembershipFact fact) =>
        Knowledge.Lists.FirstOrDefault(l => l.PassageId == fact.ListPassageId);

    /// <summary>A passage by id, or null.</summary>
    public Passage? Passage(string id) => Knowledge.PassagesById.GetValueOrDefault(id);
}

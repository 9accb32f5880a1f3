using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Registry;

namespace PoznanAsk.Knowledge.Facts;

/// <summary>
/// Links passages to the organisations whose work they describe: a paragraph or list under a heading
/// that names an organisation ("EUROCITIES", "European Cities Marketing (ECM)") or mentions one
/// ("Działalność w Związku Miast Polskich"), and any paragraph or
/// list that names one in running text, inflected or abbreviated ("w Unii Metropolii Polskich",
/// "ze Stowarzyszeniem Metropolia Poznań", "ZMP"). Membership lists are facts, not activity; a passage
/// that only states the city joined or left the organisation is an event, not activity.
/// </summary>
internal static class ActivityLinker
{
    private const string Separator = " › ";

    /// <summary>The links for <paramref name="passages"/>.</summary>
    public static IReadOnlyList<ActivityLink> Link(
        IEnumerable<Passage> passages, OrganisationRegistry registry, IReadOnlySet<string> membershipLists, IReadOnlyList<EventFact> events)
    {
        var eventPassages = events.Where(e => e.OrganisationId is not null).Select(e => (e.PassageId, e.OrganisationId!)).ToHashSet();
        var links = new List<ActivityLink>();
        foreach (var passage in passages)
        {
            if (passage.Kind is PassageKind.ListItem or PassageKind.Caption || membershipLists.Contains(passage.Id))
            {
                continue;
            }

            var evidence = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var heading = passage.Section.Split(Separator).LastOrDefault();
            if (!string.IsNullOrEmpty(heading))
            {
                if (registry.Resolve(heading, out _) is { } headed)
                {
                    Add(evidence, headed, $"pod nagłówkiem „{heading}”");
                }
                else
                {
                    // "Współpraca w ramach EUROCITIES", "Działalność w Związku Miast Polskich".
                    foreach (var (id, mention) in registry.FindMentions(heading))
                    {
                        Add(evidence, id, $"pod nagłówkiem „{heading}” wymieniającym „{mention.Text}”");
                    }
                }
            }

            foreach (var (id, mention) in registry.FindMentions(passage.Text))
            {
                Add(evidence, id, $"wymienia „{mention.Text}” ({mention.Via})");
            }

            foreach (var (id, reasons) in evidence)
            {
                if (!eventPassages.Contains((passage.Id, id)) || reasons.Any(r => r.StartsWith("pod", StringComparison.Ordinal)))
                {
                    links.Add(new ActivityLink(id, passage.Id, passage.Year, string.Join("; ", reasons.Distinct(StringComparer.Ordinal))));
                }
            }
        }

        return links;
    }

    private static void Add(Dictionary<string, List<string>> evidence, string id, string reason)
    {
        if (!evidence.TryGetValue(id, out var list))
        {
            evidence[id] = list = [];
        }

        list.Add(reason);
    }
}

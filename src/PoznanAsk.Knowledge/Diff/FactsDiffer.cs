using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Registry;

namespace PoznanAsk.Knowledge.Diff;

/// <summary>
/// Compares two years' membership facts through the organisation registry, so a renamed or
/// differently written organisation is "renamed", not "left" plus "joined". Names with the same words
/// (ignoring quotes, punctuation, letter case and a trailing abbreviation) count as unchanged. A year no report covers is an error: the
/// reports do not say, so the diff would be invented.
/// </summary>
public static class FactsDiffer
{
    /// <summary>Compares <paramref name="fromYear"/> with <paramref name="toYear"/>, optionally only one scope.</summary>
    /// <exception cref="KnowledgeException">A year has no membership facts in the knowledge base.</exception>
    public static MembershipDiff Compare(KnowledgeBase knowledge, int fromYear, int toYear, MembershipScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var before = Facts(knowledge, fromYear, scope);
        var after = Facts(knowledge, toYear, scope);
        var names = knowledge.Organisations.ToDictionary(o => o.Id, o => o.CanonicalName, StringComparer.Ordinal);
        var (joined, left, renamed, unchanged) = (new List<MembershipChange>(), new List<MembershipChange>(), new List<MembershipChange>(), new List<MembershipChange>());
        foreach (var (id, facts) in before)
        {
            if (!after.TryGetValue(id, out var later))
            {
                left.Add(new MembershipChange(id, names[id], facts[0], null));
                continue;
            }

            var same = facts.Select(f => Key(f.NameAsWritten))
                .Intersect(later.Select(f => Key(f.NameAsWritten)), StringComparer.Ordinal)
                .FirstOrDefault();
            var pair = same is null
                ? (facts[0], later[0])
                : (facts.First(f => Key(f.NameAsWritten) == same), later.First(f => Key(f.NameAsWritten) == same));
            (same is null ? renamed : unchanged).Add(new MembershipChange(id, names[id], pair.Item1, pair.Item2));
        }

        foreach (var (id, facts) in after.Where(a => !before.ContainsKey(a.Key)))
        {
            joined.Add(new MembershipChange(id, names[id], null, facts[0]));
        }

        return new MembershipDiff(fromYear, toYear, joined, left, renamed, unchanged);
    }

    /// <summary>What "the same name" means: the same words, ignoring quotes, punctuation, case and a trailing "(ABBR)".</summary>
    private static string Key(string name) => NameText.LooseKey(NameVariants.SplitAbbreviation(name).Remainder);

    private static Dictionary<string, List<MembershipFact>> Facts(KnowledgeBase knowledge, int year, MembershipScope? scope)
    {
        var facts = knowledge.Memberships.Where(m => m.Year == year).ToArray();
        if (facts.Length == 0)
        {
            var known = string.Join(", ", knowledge.Memberships.Select(m => m.Year).Distinct().Order());
            throw new KnowledgeException($"Raporty nie podają członkostw za rok {year} (lata z danymi: {(known.Length == 0 ? "brak" : known)}).");
        }

        var result = new Dictionary<string, List<MembershipFact>>(StringComparer.Ordinal);
        foreach (var fact in facts.Where(f => scope is null || f.Scope == scope))
        {
            if (!result.TryGetValue(fact.OrganisationId, out var list))
            {
                result[fact.OrganisationId] = list = [];
            }

            list.Add(fact);
        }

        return result;
    }
}

using PoznanAsk.Answering.Questions;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Facts;

/// <summary>
/// Compares two years' lists scope by scope, by registry id. A scope is compared only when both
/// years have a list of it: a report without an international list says nothing about leaving
/// international organisations, so nothing is reported as "left".
/// </summary>
internal static class MembershipDiffer
{
    /// <summary>The comparable scopes of two years (optionally only <paramref name="scope"/>).</summary>
    public static IReadOnlyList<MembershipScope> ComparableScopes(KnowledgeView view, int from, int to, MembershipScope? scope) =>
        view.Lists(from, scope).Select(l => l.Scope).Intersect(view.Lists(to, scope).Select(l => l.Scope)).Distinct().Order().ToList();

    /// <summary>The scopes listed in only one of the two years.</summary>
    public static IReadOnlyList<(MembershipScope Scope, int MissingYear)> IncomparableScopes(KnowledgeView view, int from, int to, MembershipScope? scope)
    {
        var a = view.Lists(from, scope).Select(l => l.Scope).ToHashSet();
        var b = view.Lists(to, scope).Select(l => l.Scope).ToHashSet();
        return a.Except(b).Select(s => (s, to)).Concat(b.Except(a).Select(s => (s, from))).OrderBy(x => x.s).ToList();
    }

    /// <summary>Differences of one scope.</summary>
    public static MembershipDiff Diff(KnowledgeView view, int from, int to, MembershipScope scope)
    {
        var before = First(view.InYear(from, scope));
        var after = First(view.InYear(to, scope));
        var joined = after.Where(kv => !before.ContainsKey(kv.Key)).Select(kv => kv.Value).OrderBy(f => f.Start).ToList();
        var left = before.Where(kv => !after.ContainsKey(kv.Key)).Select(kv => kv.Value).OrderBy(f => f.Start).ToList();
        var renamed = new List<(MembershipFact, MembershipFact)>();
        var unchanged = new List<MembershipFact>();
        foreach (var (id, a) in after.OrderBy(kv => kv.Value.Start))
        {
            if (before.TryGetValue(id, out var b))
            {
                if (Key(a.NameAsWritten) == Key(b.NameAsWritten))
                {
                    unchanged.Add(a);
                }
                else
                {
                    renamed.Add((b, a));
                }
            }
        }

        return new MembershipDiff(scope, from, to, joined, left, renamed, unchanged);
    }

    private static Dictionary<string, MembershipFact> First(IEnumerable<MembershipFact> facts)
    {
        var d = new Dictionary<string, MembershipFact>(StringComparer.Ordinal);
        foreach (var f in facts.OrderBy(f => f.Start))
        {
            d.TryAdd(f.OrganisationId, f);
        }

        return d;
    }

    // Case, diacritics, quote marks and spacing are typography, not a rename.
    private static string Key(string name) => string.Join(' ', WordSplitter.Split(name).Select(w => w.Folded));
}

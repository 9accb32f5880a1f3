using System.Text.RegularExpressions;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Knowledge.Registry;

/// <summary>
/// Builds the organisation registry: every distinct written name is a node; nodes are merged when
/// (in this order) they differ only typographically, only in hyphens/punctuation, are the same after
/// dropping a legal-form word or an abbreviation, one is the other's abbreviation, the curated alias
/// file says so, or a name read from a sentence is an inflected form of a listed name. Each merge is
/// recorded as a sentence naming both names, and every merge touching a name becomes part of its alias's <see cref="OrganisationAlias.Reason"/>.
/// </summary>
internal sealed partial class RegistryBuilder
{
    private readonly List<Node> _nodes = [];
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly UnionFind _sets = new();
    private readonly Dictionary<int, List<string>> _reasons = [];
    private readonly Dictionary<int, HashSet<string>> _abbreviations = [];
    private readonly IReadOnlyList<CuratedAlias> _curated;
    private readonly WordMatcher _words;

    private RegistryBuilder(IReadOnlyList<CuratedAlias> curated, WordMatcher words)
    {
        _curated = curated;
        _words = words;
    }

    private sealed class Node(string name)
    {
        public string Name { get; } = name;

        public int? LatestYear { get; set; }

        public bool Listed { get; set; }
    }

    /// <summary>Builds the registry from the names and scans <paramref name="texts"/> for "Name (ABBR)".</summary>
    public static OrganisationRegistry Build(
        IEnumerable<NameOccurrence> names, IReadOnlyList<CuratedAlias> curated, IEnumerable<string> texts, Func<string, IReadOnlyList<string>>? stem)
    {
        var builder = new RegistryBuilder(curated, new WordMatcher(stem));
        foreach (var occurrence in names)
        {
            builder.Add(occurrence);
        }

        builder.MergeByKey(n => NameText.TypographicKey(n.Name), (a, b) => $"„{a}” i „{b}” różnią się tylko cudzysłowami, odstępami lub wielkością liter");
        builder.MergeByKey(n => NameText.LooseKey(n.Name), (a, b) => $"„{a}” i „{b}” różnią się tylko łącznikami, myślnikami lub interpunkcją");
        builder.MergeByVariants();
        builder.MergeAbbreviations();
        builder.MergeCurated();
        builder.MergeSentenceNames();
        builder.CollectAbbreviations(texts);
        return builder.Finish();
    }

    private void Add(NameOccurrence occurrence)
    {
        var name = NameText.Clean(occurrence.Name);
        if (name.Length == 0 || NameText.Words(name).Count == 0)
        {
            return;
        }

        if (!_byName.TryGetValue(name, out var index))
        {
            index = _sets.Add();
            _nodes.Add(new Node(name));
            _byName[name] = index;
        }

        var node = _nodes[index];
        node.Listed |= occurrence.Listed;
        if (occurrence.Year is { } year && (node.LatestYear is null || year > node.LatestYear))
        {
            node.LatestYear = year;
        }

        if (NameVariants.SplitAbbreviation(name).Abbreviation is { } abbreviation)
        {
            AddAbbreviation(index, abbreviation);
        }
    }

    private void AddAbbreviation(int node, string abbreviation)
    {
        if (!_abbreviations.TryGetValue(node, out var set))
        {
            _abbreviations[node] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(abbreviation);
    }

    private void Merge(int a, int b, string reason)
    {
        if (_sets.Union(a, b))
        {
            foreach (var node in new[] { a, b })
            {
                if (!_reasons.TryGetValue(node, out var list))
                {
                    _reasons[node] = list = [];
                }

                list.Add(reason);
            }
        }
    }

    private void MergeByKey(Func<Node, string> key, Func<string, string, string> reason)
    {
        foreach (var group in Enumerable.Range(0, _nodes.Count).GroupBy(i => key(_nodes[i]), StringComparer.Ordinal))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                Merge(first, other, reason(_nodes[first].Name, _nodes[other].Name));
            }
        }
    }

    private void MergeByVariants()
    {
        var byVariant = new Dictionary<string, List<(int Node, string Removed)>>(StringComparer.Ordinal);
        for (var i = 0; i < _nodes.Count; i++)
        {
            foreach (var variant in NameVariants.Of(_nodes[i].Name).Where(v => v.LooseKey.Length > 0))
            {
                if (!byVariant.TryGetValue(variant.LooseKey, out var list))
                {
                    byVariant[variant.LooseKey] = list = [];
                }

                list.Add((i, variant.Removed));
            }
        }

        foreach (var list in byVariant.Values.Where(l => l.Count > 1))
        {
            var (first, firstRemoved) = list[0];
            foreach (var (other, otherRemoved) in list.Skip(1))
            {
                var removed = string.Join(" / ", new[] { firstRemoved, otherRemoved }.Where(r => r.Length > 0).Distinct());
                Merge(first, other, $"„{_nodes[first].Name}” i „{_nodes[other].Name}” to ta sama nazwa po pominięciu {removed}");
            }
        }
    }

    private void MergeAbbreviations()
    {
        foreach (var (node, abbreviations) in _abbreviations.ToArray())
        {
            foreach (var abbreviation in abbreviations)
            {
                if (_byName.TryGetValue(abbreviation, out var named))
                {
                    Merge(node, named, $"„{abbreviation}” to skrót nazwy „{_nodes[node].Name}”");
                }
            }
        }
    }

    private void MergeCurated()
    {
        foreach (var entry in _curated)
        {
            var alias = NameText.LooseKey(entry.Alias);
            var canonical = NameText.LooseKey(entry.Canonical);
            var aliasNodes = Enumerable.Range(0, _nodes.Count).Where(i => NameText.LooseKey(_nodes[i].Name) == alias).ToArray();
            var canonicalNodes = Enumerable.Range(0, _nodes.Count).Where(i => NameText.LooseKey(_nodes[i].Name) == canonical).ToArray();
            foreach (var a in aliasNodes)
            {
                foreach (var c in canonicalNodes)
                {
                    Merge(a, c, $"„{_nodes[a].Name}” i „{_nodes[c].Name}”: plik aliasów, linia {entry.Line}: {entry.Reason}");
                }
            }
        }
    }

    private void MergeSentenceNames()
    {
        var matcher = new MentionMatcher(_words);
        for (var i = 0; i < _nodes.Count; i++)
        {
            if (_nodes[i].Listed)
            {
                matcher.AddName(_sets.Find(i), _nodes[i].Name);
            }
        }

        matcher.DropAmbiguousSingleWords();
        for (var i = 0; i < _nodes.Count; i++)
        {
            var root = _sets.Find(i);
            var alone = Enumerable.Range(0, _nodes.Count).All(j => j == i || _sets.Find(j) != root || !_nodes[j].Listed);
            if (!_nodes[i].Listed && alone && matcher.MatchWhole(_nodes[i].Name) is { } match)
            {
                Merge(match.Key, i, $"„{_nodes[i].Name}” to odmieniona forma nazwy „{match.Via}”");
            }
        }
    }

    private void CollectAbbreviations(IEnumerable<string> texts)
    {
        var matcher = NewMatcher();
        foreach (var text in texts)
        {
            if (!text.Contains('(', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var mention in matcher.Find(text))
            {
                var after = AbbreviationAfterRegex().Match(text, mention.End);
                if (after.Success && after.Index == mention.End)
                {
                    AddAbbreviation(mention.OrganisationKey, after.Groups["a"].Value);
                }
            }
        }
    }

    private MentionMatcher NewMatcher()
    {
        var matcher = new MentionMatcher(_words);
        for (var i = 0; i < _nodes.Count; i++)
        {
            matcher.AddName(_sets.Find(i), _nodes[i].Name);
        }

        foreach (var (node, abbreviations) in _abbreviations)
        {
            foreach (var abbreviation in abbreviations)
            {
                matcher.AddAbbreviation(_sets.Find(node), abbreviation);
            }
        }

        matcher.DropAmbiguousSingleWords();
        return matcher;
    }

    private OrganisationRegistry Finish()
    {
        var matcher = NewMatcher();
        var groups = Enumerable.Range(0, _nodes.Count).GroupBy(_sets.Find).ToArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var organisations = new List<Organisation>();
        var idByRoot = new Dictionary<int, string>();
        foreach (var group in groups.OrderBy(g => g.Key))
        {
            var canonical = ChooseCanonical(group.ToArray());
            var id = NameText.Slug(canonical);
            for (var n = 2; !ids.Add(id); n++)
            {
                id = NameText.Slug(canonical) + "-" + n;
            }

            var aliases = group.Where(i => _nodes[i].Name != canonical)
                .Select(i => new OrganisationAlias(_nodes[i].Name, string.Join("; ", _reasons.GetValueOrDefault(i) ?? [])))
                .ToArray();
            var abbreviations = group.SelectMany(i => _abbreviations.GetValueOrDefault(i) ?? [])
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            organisations.Add(new Organisation(id, canonical, aliases, abbreviations));
            idByRoot[group.Key] = id;
        }

        var idByName = _byName.ToDictionary(p => p.Key, p => idByRoot[_sets.Find(p.Value)], StringComparer.Ordinal);
        return new OrganisationRegistry(organisations, idByName, idByRoot, matcher);
    }

    private string ChooseCanonical(int[] group)
    {
        var curated = group.FirstOrDefault(i => _curated.Any(c => NameText.LooseKey(c.Canonical) == NameText.LooseKey(_nodes[i].Name)), -1);
        if (curated >= 0)
        {
            return _nodes[curated].Name;
        }

        var candidates = group.Where(i => _nodes[i].Listed).DefaultIfEmpty(group[0]).ToArray();
        var latest = candidates.Max(i => _nodes[i].LatestYear ?? int.MinValue);
        return candidates.Where(i => (_nodes[i].LatestYear ?? int.MinValue) == latest)
            .Select(i => _nodes[i].Name)
            .OrderBy(n => NameText.IsAbbreviationLike(n) ? 1 : 0)
            .ThenByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)
            .First();
    }

    [GeneratedRegex(@"\G\s*\((?<a>\p{Lu}[\p{Lu}\d&\-]*\p{Lu})\)")]
    private static partial Regex AbbreviationAfterRegex();
}

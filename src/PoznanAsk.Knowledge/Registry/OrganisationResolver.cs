using PoznanAsk.Analysis;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Knowledge.Registry;

/// <summary>
/// Finds the registry's organisations in text a user types ("czy Poznań należy do Unii Metropolii
/// Polskich", "poznan w eurocities", "ZMP"): every canonical name, alias and abbreviation, inflected,
/// without Polish letters and in any letter case (abbreviations keep their case). Built from a
/// <see cref="KnowledgeBase"/>; immutable and thread-safe.
/// </summary>
public sealed class OrganisationResolver
{
    private readonly OrganisationRegistry _registry;
    private readonly IReadOnlyDictionary<string, Organisation> _byId;

    private OrganisationResolver(OrganisationRegistry registry, IReadOnlyDictionary<string, Organisation> byId)
    {
        _registry = registry;
        _byId = byId;
    }

    /// <summary>Builds the resolver for <paramref name="knowledge"/>'s registry; <paramref name="analyzer"/> (optional) adds its stems to the inflection rule.</summary>
    public static OrganisationResolver Create(KnowledgeBase knowledge, Analyzer? analyzer = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var matcher = new MentionMatcher(new WordMatcher(Ingest.KnowledgeLoader.Stemmer(analyzer), fold: true), requireCapital: false);
        var idByName = new Dictionary<string, string>(StringComparer.Ordinal);
        var idByKey = new Dictionary<int, string>();
        for (var key = 0; key < knowledge.Organisations.Count; key++)
        {
            var organisation = knowledge.Organisations[key];
            idByKey[key] = organisation.Id;
            foreach (var name in organisation.Aliases.Select(a => a.Name).Prepend(organisation.CanonicalName))
            {
                idByName.TryAdd(name, organisation.Id);
                matcher.AddName(key, name);
            }

            foreach (var abbreviation in organisation.Abbreviations)
            {
                matcher.AddAbbreviation(key, abbreviation);
            }
        }

        matcher.DropAmbiguousSingleWords();
        var registry = new OrganisationRegistry(knowledge.Organisations, idByName, idByKey, matcher, fold: true);
        return new OrganisationResolver(registry, knowledge.OrganisationsById);
    }

    /// <summary>The organisation a name refers to (any written, inflected or unaccented form), or null when none or several fit.</summary>
    public Organisation? Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _registry.Resolve(name, out _) is { } id ? _byId[id] : null;
    }

    /// <summary>The organisations named in <paramref name="text"/>, left to right, with offsets into it.</summary>
    public IReadOnlyList<OrganisationMention> FindMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _registry.FindMentions(text)
            .Select(m => new OrganisationMention(_byId[m.OrganisationId], m.Mention.Start, m.Mention.End, m.Mention.Text, m.Mention.Via))
            .ToArray();
    }
}

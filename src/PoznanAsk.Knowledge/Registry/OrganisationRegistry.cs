using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Knowledge.Registry;

/// <summary>
/// The built registry: the organisations, and look-ups from a written name (exact, normalised or
/// inflected) and from running text (mentions) to an organisation id.
/// </summary>
internal sealed class OrganisationRegistry
{
    private readonly Dictionary<string, string> _idByName;
    private readonly Dictionary<int, string> _idByKey;
    private readonly MentionMatcher _matcher;
    private readonly Dictionary<string, string> _idByLooseVariant = new(StringComparer.Ordinal);

    private readonly bool _fold;

    /// <summary>Creates the registry (see <see cref="RegistryBuilder"/>); <paramref name="fold"/> makes name look-ups ignore Polish diacritics.</summary>
    public OrganisationRegistry(
        IReadOnlyList<Organisation> organisations, Dictionary<string, string> idByName, Dictionary<int, string> idByKey, MentionMatcher matcher, bool fold = false)
    {
        _fold = fold;
        Organisations = organisations;
        _idByName = idByName;
        _idByKey = idByKey;
        _matcher = matcher;
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, id) in idByName)
        {
            foreach (var variant in NameVariants.Of(name))
            {
                var key = Key(variant.LooseKey);
                if (_idByLooseVariant.TryGetValue(key, out var existing) && existing != id)
                {
                    ambiguous.Add(key);
                }

                _idByLooseVariant[key] = id;
            }
        }

        foreach (var key in ambiguous)
        {
            _idByLooseVariant.Remove(key);
        }
    }

    /// <summary>The organisations, one per merged group of names.</summary>
    public IReadOnlyList<Organisation> Organisations { get; }

    /// <summary>
    /// The organisation a written name (a list item, a heading, an event's object) refers to: the
    /// same name, a normalised or shortened form of a known name, or an inflected form; null when none
    /// or more than one fits. Returns how it matched in <paramref name="via"/>.
    /// </summary>
    public string? Resolve(string name, out string via)
    {
        var clean = NameText.Clean(name);
        if (_idByName.TryGetValue(clean, out var id))
        {
            via = "ta sama nazwa";
            return id;
        }

        foreach (var variant in NameVariants.Of(clean))
        {
            if (_idByLooseVariant.TryGetValue(Key(variant.LooseKey), out id))
            {
                via = variant.Removed.Length == 0 ? "ta sama nazwa po ujednoliceniu zapisu" : "ta sama nazwa po pominięciu " + variant.Removed;
                return id;
            }
        }

        foreach (var candidate in new[] { clean, NameVariants.SplitAbbreviation(clean).Remainder }.Distinct(StringComparer.Ordinal))
        {
            if (_matcher.MatchWhole(candidate) is { } match)
            {
                via = match.Via;
                return _idByKey[match.Key];
            }
        }

        via = string.Empty;
        return null;
    }

    private string Key(string looseKey) => _fold ? NameText.Fold(looseKey) : looseKey;

    /// <summary>The organisations named in <paramref name="text"/> (inflected, shortened or abbreviated).</summary>
    public IReadOnlyList<(string OrganisationId, Mention Mention)> FindMentions(string text) =>
        _matcher.Find(text).Select(m => (_idByKey[m.OrganisationKey], m)).ToArray();
}

namespace PoznanAsk.Search.Highlighting;

/// <summary>What a query matches on, per field, as the highlighter needs it.</summary>
internal sealed class QueryTerms
{
    /// <summary>Single terms (term, synonym, fuzzy expansions) per field.</summary>
    public Dictionary<string, HashSet<string>> Terms { get; } = new(StringComparer.Ordinal);

    /// <summary>Term predicates (prefix, wildcard) per field.</summary>
    public List<(string Field, Func<string, bool> Matches)> Patterns { get; } = [];

    /// <summary>Phrases: alternatives per slot, slot positions and slop.</summary>
    public List<(string Field, string[][] Terms, int[] Positions, int Slop)> Phrases { get; } = [];

    public void AddTerm(string field, string term)
    {
        if (!Terms.TryGetValue(field, out var set))
        {
            Terms[field] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(term);
    }
}

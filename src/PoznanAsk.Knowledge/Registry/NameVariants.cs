using System.Text.RegularExpressions;

namespace PoznanAsk.Knowledge.Registry;

/// <summary>
/// Shorter forms of a name that still identify the organisation, each with what was removed:
/// a legal-form word at the start or end ("Stowarzyszenie", "Fundacja", "Foundation", "Związek
/// Stowarzyszeń"…), an abbreviation in parentheses ("European Cities Marketing (ECM)") or an
/// abbreviation before a dash whose initials match the rest ("PLOT – Poznańska Lokalna Organizacja
/// Turystyczna"). The registry merges on these only when the shorter form equals another name,
/// so "Związek Miast Polskich" (where "Związek" is part of the name) is never cut.
/// </summary>
internal static partial class NameVariants
{
    // Legal-form words only: removing one never changes which organisation is meant.
    private static readonly string[][] LegalForms =
    [
        ["związek", "stowarzyszeń"], ["stowarzyszenie"], ["fundacja"], ["foundation"], ["association"],
        ["fondation"], ["stiftung"], ["verein"], ["e", "v"], ["asbl"], ["aisbl"], ["sp", "z", "o", "o"], ["s", "a"],
    ];

    /// <summary>A shorter form and what was removed to get it (empty for the name itself).</summary>
    public readonly record struct Variant(string LooseKey, string Removed);

    // Names repeat across files and are asked for by several stages; computing the forms is the hot
    // spot of parsing, so they are memoised (bounded: cleared when it grows past MaxCached).
    private const int MaxCached = 100_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Variant>> Cache = new(StringComparer.Ordinal);

    /// <summary>The loose key of the name itself and of every shorter form.</summary>
    public static IReadOnlyList<Variant> Of(string name)
    {
        if (Cache.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (Cache.Count > MaxCached)
        {
            Cache.Clear();
        }

        var computed = Compute(name);
        Cache.TryAdd(name, computed);
        return computed;
    }

    private static IReadOnlyList<Variant> Compute(string name)
    {
        var result = new List<Variant> { new(NameText.LooseKey(name), string.Empty) };
        var bases = new List<(string Text, string Removed)> { (name, string.Empty) };
        var (abbreviation, rest) = SplitAbbreviation(name);
        if (abbreviation is not null)
        {
            bases.Add((rest, $"skrótu „{abbreviation}”"));
            result.Add(new Variant(NameText.LooseKey(rest), $"skrótu „{abbreviation}”"));
        }

        foreach (var (text, removedBefore) in bases)
        {
            var words = NameText.LooseKey(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            var removed = new List<string>();
            var changed = true;
            while (changed && words.Count > 1)
            {
                changed = false;
                foreach (var form in LegalForms)
                {
                    if (words.Count > form.Length && StartsWith(words, form, 0))
                    {
                        words.RemoveRange(0, form.Length);
                        removed.Add(string.Join(' ', form));
                        changed = true;
                    }
                    else if (words.Count > form.Length && StartsWith(words, form, words.Count - form.Length))
                    {
                        words.RemoveRange(words.Count - form.Length, form.Length);
                        removed.Add(string.Join(' ', form));
                        changed = true;
                    }
                }
            }

            if (removed.Count > 0)
            {
                var what = "formy prawnej „" + string.Join("”, „", removed) + "”";
                result.Add(new Variant(string.Join(' ', words), removedBefore.Length == 0 ? what : removedBefore + " i " + what));
            }
        }

        return result;
    }

    private static bool StartsWith(List<string> words, string[] form, int at)
    {
        for (var i = 0; i < form.Length; i++)
        {
            if (!string.Equals(words[at + i], form[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The abbreviation a name carries and the name without it: "European Cities Marketing (ECM)" →
    /// ("ECM", "European Cities Marketing"); "PLOT – Poznańska Lokalna Organizacja Turystyczna" →
    /// ("PLOT", "Poznańska Lokalna Organizacja Turystyczna") when the initials agree.
    /// </summary>
    public static (string? Abbreviation, string Remainder) SplitAbbreviation(string name)
    {
        var trailing = TrailingAbbreviationRegex().Match(name);
        if (trailing.Success)
        {
            return (trailing.Groups["a"].Value, name[..trailing.Index].TrimEnd());
        }

        var leading = LeadingAbbreviationRegex().Match(name);
        if (leading.Success)
        {
            var rest = name[leading.Length..].Trim();
            var abbreviation = leading.Groups["a"].Value;
            if (string.Equals(NameText.Initialism(rest), abbreviation, StringComparison.Ordinal))
            {
                return (abbreviation, rest);
            }
        }

        return (null, name);
    }

    [GeneratedRegex(@"\s*\((?<a>\p{Lu}[\p{Lu}\p{Ll}\d&\-]*\p{Lu}[\p{Lu}\d]*)\)\s*$")]
    private static partial Regex TrailingAbbreviationRegex();

    [GeneratedRegex(@"^(?<a>\p{Lu}{2,}[\p{Lu}\d]*)\s*[–—\-:]\s+")]
    private static partial Regex LeadingAbbreviationRegex();
}

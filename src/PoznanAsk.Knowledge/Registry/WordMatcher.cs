namespace PoznanAsk.Knowledge.Registry;

/// <summary>
/// Decides whether a word of running text is a form of a word of an organisation name. Polish
/// inflects names ("Związek" → "w Związku", "Unia" → "w Unii", "Stowarzyszenie" → "ze
/// Stowarzyszeniem"); inflection changes the ending, so two words match when they share a stem of at
/// least 3 letters and differ only in a short ending (≤ 3 letters in the name, ≤ 4 in the text).
/// When an analyzer is given (the Stempel stems or Morfologik lemmas of the analysis layer), a shared stem or lemma matches too.
/// Short function words ("i", "w", "for", "et") and abbreviations ("ECM", "UMP") must be equal.
/// </summary>
internal sealed class WordMatcher
{
    private const int MinStem = 3;
    private const int MaxNameEnding = 3;
    private const int MaxTextEnding = 4;

    private readonly Func<string, IReadOnlyList<string>>? _stem;
    private readonly bool _fold;
    private readonly Dictionary<string, IReadOnlyList<string>> _stems = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates the matcher; <paramref name="stem"/> (lower-case word → its stems or lemmas, empty for a stop word) is optional;
    /// <paramref name="fold"/> also ignores Polish diacritics (for questions typed without them).
    /// </summary>
    public WordMatcher(Func<string, IReadOnlyList<string>>? stem, bool fold = false)
    {
        _stem = stem;
        _fold = fold;
    }

    /// <summary>Whether the text word <paramref name="text"/> is a form of the name word <paramref name="name"/>.</summary>
    public bool Matches(string name, string text)
    {
        if (NameText.IsAbbreviationLike(name) && name.Length <= 5)
        {
            return string.Equals(name, text, StringComparison.Ordinal);
        }

        if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (name.Length <= 3 || text.Length <= 3)
        {
            return false;
        }

        var n = _fold ? NameText.Fold(name) : name.ToLowerInvariant();
        var t = _fold ? NameText.Fold(text) : text.ToLowerInvariant();
        if (string.Equals(n, t, StringComparison.Ordinal))
        {
            return true;
        }

        var common = 0;
        while (common < n.Length && common < t.Length && n[common] == t[common])
        {
            common++;
        }

        if (common >= MinStem && n.Length - common <= MaxNameEnding && t.Length - common <= MaxTextEnding)
        {
            return true;
        }

        if (_stem is null)
        {
            return false;
        }

        var stems = Stem(n);
        return Stem(t).Any(x => x.Length >= MinStem && stems.Contains(x, StringComparer.Ordinal));
    }

    private IReadOnlyList<string> Stem(string word)
    {
        lock (_stems)
        {
            if (!_stems.TryGetValue(word, out var stem))
            {
                stem = _stem!(word);
                _stems[word] = stem;
            }

            return stem;
        }
    }
}

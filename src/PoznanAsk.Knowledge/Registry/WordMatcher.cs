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
    /// <summary>A word prepared for matching.</summary>
    /// <param name="Original">As written.</param>
    /// <param name="Key">Lower case (or folded) form compared.</param>
    /// <param name="ExactOnly">An abbreviation (≤ 5 capitals): only the identical word matches.</param>
    public readonly record struct Word(string Original, string Key, bool ExactOnly);

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
    public bool Matches(string name, string text) => Matches(Prepare(name), Prepare(text));

    /// <summary>A word with its comparison key (lower case, or folded) computed once.</summary>
    public Word Prepare(string word) =>
        new(word, _fold ? NameText.Fold(word) : word.ToLowerInvariant(), NameText.IsAbbreviationLike(word) && word.Length <= 5);

    /// <summary>Whether the prepared text word is a form of the prepared name word.</summary>
    public bool Matches(Word name, Word text)
    {
        if (name.ExactOnly)
        {
            return string.Equals(name.Original, text.Original, StringComparison.Ordinal);
        }

        var (n, t) = (name.Key, text.Key);
        if (string.Equals(n, t, StringComparison.Ordinal))
        {
            return true;
        }

        if (n.Length <= 3 || t.Length <= 3)
        {
            return false;
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

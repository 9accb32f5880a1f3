namespace PoznanAsk.Knowledge.Registry;

/// <summary>
/// Finds organisations named in running text, inflected or abbreviated: every name, every shorter
/// form of it (without the legal-form word, when at least two words remain), every abbreviation found
/// in the reports and the initials of the name are patterns; a mention is a run of words matching a
/// pattern word by word (<see cref="WordMatcher"/>). The longest pattern wins; mentions do not overlap.
/// </summary>
internal sealed class MentionMatcher
{
    private readonly WordMatcher _words;
    private readonly List<Pattern> _patterns = [];

    private readonly bool _requireCapital;

    /// <summary>
    /// Creates an empty matcher. With <paramref name="requireCapital"/> (report text) a capitalised name
    /// is not matched by a lower-case word; questions are typed in any case, so they pass false.
    /// </summary>
    public MentionMatcher(WordMatcher words, bool requireCapital = true)
    {
        _words = words;
        _requireCapital = requireCapital;
    }

    private sealed record Pattern(int Key, string[] Words, string Via, WordMatcher.Word[] Prepared)
    {
        public char First { get; } = FirstLetter(Words[0]);
    }

    /// <summary>Adds the name <paramref name="name"/> (and its shorter forms) of the group <paramref name="key"/>.</summary>
    public void AddName(int key, string name)
    {
        AddWords(key, NameText.Words(name).ToArray(), name);
        var (abbreviation, rest) = NameVariants.SplitAbbreviation(name);
        if (abbreviation is not null)
        {
            AddWords(key, NameText.Words(rest).ToArray(), rest);
            AddAbbreviation(key, abbreviation);
        }

        foreach (var variant in NameVariants.Of(rest).Skip(1))
        {
            var words = OriginalWords(rest, variant.LooseKey);
            if (words is not null && (words.Length >= 2 || NameText.IsAbbreviationLike(words[0])))
            {
                AddWords(key, words, string.Join(' ', words));
            }
        }

        if (NameText.Initialism(rest) is { Length: >= 3 } initials)
        {
            _patterns.Add(NewPattern(key, [initials], $"inicjały „{initials}” nazwy „{rest}”"));
        }
    }

    /// <summary>Adds an abbreviation found in the reports for group <paramref name="key"/>.</summary>
    public void AddAbbreviation(int key, string abbreviation) =>
        _patterns.Add(NewPattern(key, [abbreviation], $"skrót „{abbreviation}”"));

    /// <summary>Removes the abbreviation/initials patterns that point at more than one group (ambiguous).</summary>
    public void DropAmbiguousSingleWords()
    {
        var ambiguous = _patterns.Where(p => p.Words.Length == 1)
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Key).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        _patterns.RemoveAll(p => p.Words.Length == 1 && ambiguous.Contains(p.Words[0]));
    }

    /// <summary>All mentions in <paramref name="text"/>, left to right.</summary>
    public IReadOnlyList<Mention> Find(string text)
    {
        var spans = NameText.WordSpans(text).ToArray();
        var words = spans.Select(s => _words.Prepare(text[s.Start..s.End])).ToArray();
        var result = new List<Mention>();
        for (var i = 0; i < words.Length;)
        {
            var best = Best(words, i);
            if (best is null)
            {
                i++;
                continue;
            }

            var (start, end) = (spans[i].Start, spans[i + best.Words.Length - 1].End);
            result.Add(new Mention(best.Key, start, end, text[start..end], best.Via));
            i += best.Words.Length;
        }

        return result;
    }

    /// <summary>The group whose pattern covers all words of <paramref name="name"/>, if exactly one does.</summary>
    public (int Key, string Via)? MatchWhole(string name)
    {
        var words = NameText.Words(name).Select(_words.Prepare).ToArray();
        var keys = _patterns.Where(p => p.Words.Length == words.Length && Covers(p, words, 0))
            .Select(p => (p.Key, p.Via)).DistinctBy(p => p.Key).ToArray();
        return keys.Length == 1 ? keys[0] : null;
    }

    private Pattern? Best(WordMatcher.Word[] words, int at)
    {
        Pattern? best = null;
        var first = FirstLetter(words[at].Original);
        foreach (var pattern in _patterns)
        {
            // Pre-filter: the first letters (up to case and diacritics) must agree. Every ending rule keeps
            // them; only suppletive forms (człowiek/ludzie) would differ, and names do not inflect so.
            if (pattern.First != first)
            {
                continue;
            }

            if ((best is null || pattern.Words.Length > best.Words.Length) && Covers(pattern, words, at))
            {
                best = pattern;
            }
        }

        return best;
    }

    private bool Covers(Pattern pattern, WordMatcher.Word[] words, int at)
    {
        if (at + pattern.Words.Length > words.Length)
        {
            return false;
        }

        // A name starting with a capital is not matched by a lower-case word ("unia" in running text).
        if (_requireCapital && char.IsUpper(pattern.Words[0][0]) && !char.IsUpper(words[at].Original[0]))
        {
            return false;
        }

        for (var k = 0; k < pattern.Words.Length; k++)
        {
            if (!_words.Matches(pattern.Prepared[k], words[at + k]))
            {
                return false;
            }
        }

        return true;
    }

    private void AddWords(int key, string[] words, string via)
    {
        if (words.Length > 0 && !_patterns.Any(p => p.Key == key && p.Words.SequenceEqual(words, StringComparer.Ordinal)))
        {
            _patterns.Add(NewPattern(key, words, via));
        }
    }

    private Pattern NewPattern(int key, string[] words, string via) => new(key, words, via, words.Select(_words.Prepare).ToArray());

    private static char FirstLetter(string word) => NameText.Fold(word[..1])[0];

    private static string[]? OriginalWords(string name, string looseKey)
    {
        // Map the lower-case shorter form back to the words as written (a contiguous run of them).
        var words = NameText.Words(name).ToArray();
        var target = looseKey.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + target.Length <= words.Length; i++)
        {
            if (words.Skip(i).Take(target.Length).Select(w => w.ToLowerInvariant()).SequenceEqual(target))
            {
                return words[i..(i + target.Length)];
            }
        }

        return null;
    }
}

using System.Text;
using PoznanAsk.Analysis.Morfologik;

namespace PoznanAsk.Answering.Lists;

/// <summary>
/// The nominative (dictionary) form of list items a report writes inflected after a preposition or a
/// noun ("w pracach Unii Metropolii Polskich" → "Unia Metropolii Polskich", "z zakresu pomocy
/// społecznej" → "pomoc społeczna"), read from the Morfologik tags: the items of one list share one
/// case, so the case is the one most items can be in; each item's head noun (with the adjectives that
/// agree with it, and a noun joined to it by "i"/"oraz") takes its lemma, adjectives their masculine
/// lemma turned to the head's gender by the regular endings (-y → -a/-e, -i → -ia/-ie, -ki → -ka/-kie);
/// the rest (a genitive complement: "Miast Polskich") stays as written. An item already nominative, in
/// the plural (PoliMorf has no plural lemma) or unknown to the dictionary stays as written — never a
/// guessed form. Thread-safe (one lookup per thread); allocates only for the items it changes.
/// </summary>
internal sealed class BaseForms
{
    private static readonly string[] Cases = ["nom", "gen", "dat", "acc", "inst", "loc", "voc"];
    private readonly ThreadLocal<MorfologikLookup> _lookups;

    /// <summary>Reads lemmas from <paramref name="dictionary"/>.</summary>
    public BaseForms(MorfologikDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _lookups = new ThreadLocal<MorfologikLookup>(dictionary.CreateLookup);
    }

    /// <summary>The nominative form of each item of one list (the item itself when it is nominative or cannot be read).</summary>
    public IReadOnlyList<string> Nominative(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var parsed = items.Select(Parse).ToList();
        // The list's case: the oblique case most item heads can be in (items that can be nominative do not vote).
        var votes = new int[Cases.Length];
        foreach (var words in parsed)
        {
            if (Head(words) is { } h && !words[h].Can(0))
            {
                for (var c = 1; c < Cases.Length; c++)
                {
                    votes[c] += words[h].Can(c) ? 1 : 0;
                }
            }
        }

        var best = Array.IndexOf(votes, votes.Max());
        if (votes[best] == 0)
        {
            return items;
        }

        return items.Select((item, i) => Rewrite(item, parsed[i], best) ?? item).ToList();
    }

    /// <summary>The nominative form of one item read on its own (its head's case decides).</summary>
    public string Nominative(string item) => Nominative([item])[0];

    private static int? Head(List<WordReading> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Nouns.Count > 0)
            {
                return i;
            }

            if (words[i].Adjectives.Count == 0)
            {
                return null;
            }
        }

        return null;
    }

    private static string? Rewrite(string item, List<WordReading> words, int @case)
    {
        if (Head(words) is not { } head || !words[head].Can(@case))
        {
            return null;
        }

        var output = new string?[words.Count];
        var i = 0;
        var changed = false;
        while (i < words.Count)
        {
            // One noun phrase: adjectives, the noun, agreeing adjectives after it.
            var start = i;
            while (i < words.Count && words[i].Nouns.Count == 0 && words[i].Adjectives.Count > 0)
            {
                i++;
            }

            if (i >= words.Count || words[i].Nouns.Where(n => n.Case(@case)).OrderBy(n => n.Plural).FirstOrDefault() is not { } noun || noun.Plural)
            {
                return changed ? Join(item, words, output) : null;
            }

            for (var a = start; a < i; a++)
            {
                if (Agreeing(words[a], noun, @case) is not { } adj)
                {
                    return changed ? Join(item, words, output) : null;
                }

                output[a] = adj;
            }

            output[i] = Cased(noun.Lemma, words[i].Text);
            changed = true;
            i++;
            while (i < words.Count && words[i].Nouns.Count == 0 && words[i].Adjectives.Count > 0)
            {
                // An adjective that does not agree in the list's case ("szkoły policealne": nominative plural): not this case.
                if (Agreeing(words[i], noun, @case) is not { } after)
                {
                    return start == 0 ? null : Join(item, words, output[..start].Concat(new string?[words.Count - start]).ToArray());
                }

                output[i] = after;
                i++;
            }

            // "kultury i sztuki", "Prawa i Sprawiedliwości": a noun of the same case joined by a conjunction.
            if (i + 1 < words.Count && words[i].Text is "i" or "oraz" or "lub" && words[i + 1].Nouns.Any(n => n.Case(@case)))
            {
                i++;
                continue;
            }

            break;
        }

        return Join(item, words, output);
    }

    private static string? Agreeing(WordReading word, Reading noun, int @case)
    {
        var adj = word.Adjectives.FirstOrDefault(a => a.Case(@case) && !a.Plural && (a.Gender & noun.Gender & ~Gender.None) != 0);
        return adj is null ? null : Cased(Adjective(adj.Lemma, noun.Gender), word.Text);
    }

    // The nominative singular of an adjective from its masculine lemma ("obywatelski" → "obywatelska").
    private static string Adjective(string lemma, Gender gender)
    {
        if ((gender & Gender.Masculine) != 0 || lemma.Length < 3)
        {
            return lemma;
        }

        var stem = lemma[..^1];
        var feminine = (gender & Gender.Feminine) != 0;
        return lemma[^1] switch
        {
            'y' => stem + (feminine ? "a" : "e"),
            'i' when stem[^1] is 'k' or 'g' => stem + (feminine ? "a" : "ie"),
            'i' => lemma + (feminine ? "a" : "e"),
            _ => lemma,
        };
    }

    // The lemma written as the word is: capitalised, all caps, or as the dictionary has it.
    private static string Cased(string lemma, string word)
    {
        if (word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return lemma.ToUpperInvariant();
        }

        return char.IsUpper(word[0]) && lemma.Length > 0 ? char.ToUpperInvariant(lemma[0]) + lemma[1..] : lemma;
    }

    private static string Join(string item, List<WordReading> words, string?[] output)
    {
        var b = new StringBuilder(item.Length + 8);
        var at = 0;
        for (var i = 0; i < words.Count; i++)
        {
            b.Append(item, at, words[i].Start - at).Append(output[i] ?? words[i].Text);
            at = words[i].Start + words[i].Text.Length;
        }

        return b.Append(item, at, item.Length - at).ToString();
    }

    private List<WordReading> Parse(string item)
    {
        var words = new List<WordReading>();
        var lookup = _lookups.Value!;
        for (var i = 0; i < item.Length;)
        {
            if (!char.IsLetter(item[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < item.Length && (char.IsLetter(item[i]) || item[i] == '-'))
            {
                i++;
            }

            var text = item[start..i];
            // A capitalised common word ("Związku", "Poznańskiego") is read lower-cased first: the exact form
            // would give proper names (a surname "Związek", a place "Poznańskie"); a name only the exact form knows ("Poznań") next.
            var reading = new WordReading(text, start);
            var lower = text.ToLowerInvariant();
            Read(lookup, lower, text, reading);
            if (reading.Nouns.Count == 0 && reading.Adjectives.Count == 0 && lower != text)
            {
                Read(lookup, text, text, reading);
            }

            words.Add(reading);
        }

        return words;
    }

    private static void Read(MorfologikLookup lookup, string text, string word, WordReading reading)
    {
        foreach (var entry in lookup.Find(text))
        {
            if (!entry.HasTag)
            {
                continue;
            }

            var lemma = entry.Lemma.ToString();
            foreach (var tag in entry.Tag.ToString().Split('+'))
            {
                var parts = tag.Split(':');
                if (parts.Length < 4 || parts[0] is not ("subst" or "adj" or "ger"))
                {
                    continue;
                }

                var cases = 0;
                foreach (var c in parts[2].Split('.'))
                {
                    var k = Array.IndexOf(Cases, c);
                    cases |= k >= 0 ? 1 << k : 0;
                }

                if (parts[0] == "ger")
                {
                    // A verbal noun's lemma is the verb ("upowszechniania" → upowszechniać): its nominative from the ending.
                    if (Gerund(word.ToLowerInvariant()) is not { } nominative)
                    {
                        continue;
                    }

                    lemma = nominative;
                }

                var r = new Reading(lemma, parts[1] == "pl", cases, Genders(parts[3]));
                (parts[0] == "adj" ? reading.Adjectives : reading.Nouns).Add(r);
            }
        }
    }

    // The nominative singular of a verbal noun in the genitive, dative, locative or instrumental ("-nia", "-niu", "-niem" → "-nie").
    private static string? Gerund(string word) =>
        word.EndsWith("iem", StringComparison.Ordinal) ? word[..^1]
        : word.EndsWith("ia", StringComparison.Ordinal) || word.EndsWith("iu", StringComparison.Ordinal) ? word[..^1] + "e"
        : word.EndsWith("ie", StringComparison.Ordinal) ? word : null;

    private static Gender Genders(string field)
    {
        var g = Gender.None;
        foreach (var part in field.Split('.'))
        {
            g |= part[0] switch { 'm' => Gender.Masculine, 'f' => Gender.Feminine, 'n' => Gender.Neuter, _ => Gender.None };
        }

        return g;
    }

    [Flags]
    private enum Gender
    {
        None = 0,
        Masculine = 1,
        Feminine = 2,
        Neuter = 4,
    }

    private sealed record Reading(string Lemma, bool Plural, int Cases, Gender Gender)
    {
        public bool Case(int c) => (Cases & (1 << c)) != 0;
    }

    private sealed class WordReading(string text, int start)
    {
        public string Text { get; } = text;

        public int Start { get; } = start;

        public List<Reading> Nouns { get; } = [];

        public List<Reading> Adjectives { get; } = [];

        // Whether the word (as a noun, else as an adjective) can be in case c.
        public bool Can(int c) => Nouns.Count > 0 ? Nouns.Any(n => n.Case(c)) : Adjectives.Any(a => a.Case(c));
    }
}

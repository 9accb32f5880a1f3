using Lucene.Net.Analysis.Util;
using PoznanAsk.Analysis.Filters;

namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// The per-thread core of the lemma filter (spec §5 policy, extended): the lemmas of the exact form,
/// the lower-cased form and the capitalised lower-cased form (union, so every casing of a word gives
/// the same terms: "poznaniu" also reaches the capitalised-only entry Poznań), restored diacritic spellings when <see cref="DiacriticRestoration"/>
/// asks for them, all lower-cased and de-duplicated in dictionary order. Holds reusable buffers.
/// </summary>
internal sealed class LemmaCollector
{
    private readonly MorfologikLookup _lookup;
    private readonly DiacriticRestorer _restorer;
    private readonly DiacriticRestoration _mode;
    private readonly int _maxRestored;
    private char[] _lower = new char[64];
    private char[] _title = new char[64];
    private char[] _terms = new char[256];
    private int[] _ends = new int[16];

    public LemmaCollector(MorfologikDictionary dictionary, DiacriticRestoration mode, int maxRestoredForms)
    {
        _lookup = dictionary.CreateLookup();
        _restorer = new DiacriticRestorer(_lookup);
        _mode = mode;
        _maxRestored = maxRestoredForms;
    }

    /// <summary>Number of distinct terms collected by the last <see cref="Collect"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Whether the last word was in the dictionary (exact or lower-cased, before restoration).</summary>
    public bool Known { get; private set; }

    /// <summary>Whether the last word's terms came from restored diacritic spellings.</summary>
    public bool Restored { get; private set; }

    /// <summary>The <paramref name="index"/>-th term of the last <see cref="Collect"/> (valid until the next call).</summary>
    public ReadOnlySpan<char> Term(int index) => _terms.AsSpan(index == 0 ? 0 : _ends[index - 1], _ends[index] - (index == 0 ? 0 : _ends[index - 1]));

    /// <summary>Lower-cases <paramref name="word"/> (the chain's per-code-point rule, <see cref="LowerCasing"/>) into a reusable buffer.</summary>
    public ReadOnlySpan<char> Lower(ReadOnlySpan<char> word)
    {
        if (_lower.Length < word.Length)
        {
            _lower = new char[Math.Max(word.Length, _lower.Length * 2)];
        }

        word.CopyTo(_lower);
        LowerCasing.InPlace(_lower, 0, word.Length);
        return _lower.AsSpan(0, word.Length);
    }

    /// <summary>Whether the lower-cased <paramref name="word"/> is in <paramref name="stopWords"/> (span lookup, no allocation).</summary>
    public bool IsStopWord(ReadOnlySpan<char> word, CharArraySet stopWords)
    {
        Lower(word);
        return stopWords.Contains(_lower, 0, word.Length);
    }

    /// <summary>
    /// Collects the terms of <paramref name="word"/>: its distinct lower-cased lemmas, or — for an
    /// unknown word — the restored spellings' lemmas plus the lower-cased word, or the lower-cased word alone.
    /// </summary>
    public void Collect(ReadOnlySpan<char> word)
    {
        Count = 0;
        var lower = Lower(word);
        var title = Title(lower);
        var lowerDiffers = !lower.SequenceEqual(word);
        var titleDiffers = !title.SequenceEqual(word) && !title.SequenceEqual(lower);
        _lookup.Clear();
        var known = _lookup.Append(word);
        known |= lowerDiffers && _lookup.Append(lower);
        known |= titleDiffers && _lookup.Append(title);
        Known = known;
        Restored = false;
        if (_mode == DiacriticRestoration.AllWordsWithoutDiacritics || (_mode == DiacriticRestoration.UnknownWords && !known))
        {
            var found = _restorer.Append(word, _maxRestored);
            found += lowerDiffers ? _restorer.Append(lower, _maxRestored - found) : 0;
            found += titleDiffers ? _restorer.Append(title, _maxRestored - found) : 0;
            Restored = found > 0;
        }

        for (var i = 0; i < _lookup.Count; i++)
        {
            AddLowerCased(_lookup.Lemma(i));
        }

        if (!known)
        {
            // Unknown word: keep the word itself, so a wrong restoration never hides it.
            AddLowerCased(lower);
        }
    }

    /// <summary>The lower-cased word with its first letter upper-cased, in a reusable buffer.</summary>
    private ReadOnlySpan<char> Title(ReadOnlySpan<char> lower)
    {
        if (_title.Length < lower.Length)
        {
            _title = new char[Math.Max(lower.Length, _title.Length * 2)];
        }

        var title = _title.AsSpan(0, lower.Length);
        lower.CopyTo(title);
        if (title.Length > 0 && !char.IsSurrogate(title[0]))
        {
            title[0] = char.ToUpperInvariant(title[0]);
        }

        return title;
    }

    private void AddLowerCased(ReadOnlySpan<char> lemma)
    {
        var start = Count == 0 ? 0 : _ends[Count - 1];
        if (_terms.Length < start + lemma.Length)
        {
            Array.Resize(ref _terms, Math.Max(_terms.Length * 2, start + lemma.Length));
        }

        var slot = _terms.AsSpan(start, lemma.Length);
        lemma.CopyTo(slot);
        LowerCasing.InPlace(_terms, start, lemma.Length);
        for (var i = 0; i < Count; i++)
        {
            if (Term(i).SequenceEqual(slot))
            {
                return;
            }
        }

        if (Count == _ends.Length)
        {
            Array.Resize(ref _ends, _ends.Length * 2);
        }

        _ends[Count++] = start + lemma.Length;
    }
}

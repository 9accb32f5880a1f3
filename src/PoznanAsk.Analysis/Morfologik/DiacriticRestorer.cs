namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// Finds the dictionary spellings of a word typed without Polish diacritics by walking the
/// automaton once: at each position the typed ASCII letter may also match its Polish variants
/// (a→ą, c→ć, e→ę, l→ł, n→ń, o→ó, s→ś, z→ź/ż, same for capitals). Only branches that exist in the
/// automaton are followed, so the walk costs about one lookup per surviving spelling. Per-thread
/// (reusable path buffer), like <see cref="MorfologikLookup"/>.
/// </summary>
internal sealed class DiacriticRestorer
{
    /// <summary>Upper bound on arc steps per word, so pathological input cannot make the walk expensive.</summary>
    private const int StepBudget = 20_000;

    private const string Plain = "acelnoszzACELNOSZZ";
    private const string Polish = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";

    private readonly MorfologikLookup _lookup;
    private readonly Automaton _fsa;
    private readonly byte[][][] _variants = new byte[128][][];
    private readonly bool _enabled;
    private byte[] _path = new byte[128];
    private int _found;
    private int _max;
    private int _steps;

    public DiacriticRestorer(MorfologikLookup lookup)
    {
        _lookup = lookup;
        _fsa = lookup.Dictionary.Automaton;
        var encoding = lookup.Dictionary.Metadata.Encoding;
        for (var c = 0; c < 128; c++)
        {
            _variants[c] = [];
        }

        // Restoration assumes an ASCII-compatible charset (UTF-8, ISO-8859-2, CP1250…).
        _enabled = encoding.GetByteCount("az") == 2 && encoding.GetBytes("az") is [(byte)'a', (byte)'z'];
        for (var i = 0; i < Plain.Length && _enabled; i++)
        {
            byte[] bytes;
            try
            {
                bytes = encoding.GetBytes(Polish.Substring(i, 1));
            }
            catch (System.Text.EncoderFallbackException)
            {
                continue;
            }

            _variants[Plain[i]] = [.. _variants[Plain[i]], bytes];
        }
    }

    /// <summary>Whether <paramref name="word"/> consists of ASCII letters only (a candidate for restoration).</summary>
    public static bool IsAsciiLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>
    /// Appends to the lookup the entries of up to <paramref name="maxForms"/> existing spellings of
    /// <paramref name="word"/> with at least one letter replaced by its Polish variant; returns how many spellings were found.
    /// </summary>
    public int Append(ReadOnlySpan<char> word, int maxForms)
    {
        if (!_enabled || maxForms <= 0 || !IsAsciiLetters(word))
        {
            return 0;
        }

        if (_path.Length < word.Length * 2)
        {
            _path = new byte[word.Length * 2];
        }

        _found = 0;
        _max = maxForms;
        _steps = 0;
        Walk(word, 0, _fsa.Root, 0, substituted: false);
        return _found;
    }

    private void Walk(ReadOnlySpan<char> word, int i, int node, int pathLength, bool substituted)
    {
        if (i == word.Length)
        {
            if (substituted)
            {
                var codeNode = _lookup.CodeNodeAfter(node);
                if (codeNode > 0)
                {
                    _lookup.AppendEntries(codeNode, _path.AsSpan(0, pathLength));
                    _found++;
                }
            }

            return;
        }

        var last = i == word.Length - 1;
        var c = word[i];
        var next = Follow(node, [(byte)c], last);
        if (next > 0)
        {
            _path[pathLength] = (byte)c;
            Walk(word, i + 1, next, pathLength + 1, substituted);
        }

        foreach (var variant in _variants[c])
        {
            if (_found >= _max)
            {
                return;
            }

            next = Follow(node, variant, last);
            if (next > 0)
            {
                variant.CopyTo(_path, pathLength);
                Walk(word, i + 1, next, pathLength + variant.Length, substituted: true);
            }
        }
    }

    /// <summary>Follows <paramref name="bytes"/> from <paramref name="node"/>; 0 when a byte has no arc, ends a bare entry at the word's end, or is terminal.</summary>
    private int Follow(int node, ReadOnlySpan<byte> bytes, bool lastChar)
    {
        for (var j = 0; j < bytes.Length; j++)
        {
            if (++_steps > StepBudget || _found >= _max)
            {
                return 0;
            }

            var arc = _fsa.FindArc(node, bytes[j]);
            if (arc < 0 || (lastChar && j == bytes.Length - 1 && _fsa.IsFinal(arc)))
            {
                return 0;
            }

            node = _fsa.Target(arc);
            if (node == 0)
            {
                return 0;
            }
        }

        return node;
    }
}

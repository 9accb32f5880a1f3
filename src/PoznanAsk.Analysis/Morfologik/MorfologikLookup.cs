using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// Looks words up in a shared <see cref="MorfologikDictionary"/> exactly as morfologik's
/// <c>DictionaryLookup</c> does (spec §4.4: same lemma/tag pairs in the same order). Holds reusable
/// buffers, so one instance belongs to one thread; a lookup allocates nothing except the strings of
/// <see cref="Lookup(ReadOnlySpan{char}, ICollection{WordLemma})"/> (<see cref="Find"/> allocates nothing).
/// </summary>
public sealed class MorfologikLookup
{
    private readonly Automaton _fsa;
    private readonly DictionaryMetadata _meta;
    private readonly byte _separator;
    private readonly int _codeBytes;
    private readonly bool _utf8;
    private byte[] _word = new byte[64];
    private byte[] _sequence = new byte[256];
    private int[] _stack = new int[256];
    private byte[] _lemma = new byte[256];
    private char[] _chars = new char[512];
    private int[] _entries = new int[64];
    private int _charCount;

    internal MorfologikLookup(MorfologikDictionary dictionary)
    {
        Dictionary = dictionary;
        _fsa = dictionary.Automaton;
        _meta = dictionary.Metadata;
        _separator = _meta.SeparatorByte;
        _codeBytes = LemmaDecoder.CodeBytes(_meta.LemmaEncoding);
        _utf8 = _meta.Encoding.CodePage == Encoding.UTF8.CodePage;
    }

    /// <summary>The dictionary this lookup reads.</summary>
    public MorfologikDictionary Dictionary { get; }

    /// <summary>Number of (lemma, tag) entries collected since the last <see cref="Clear"/>.</summary>
    internal int Count { get; private set; }

    /// <summary>
    /// Appends the (lemma, tag) pairs of the exact form <paramref name="word"/> to <paramref name="results"/>
    /// in dictionary order and returns how many were appended (0 = unknown word).
    /// </summary>
    public int Lookup(ReadOnlySpan<char> word, ICollection<WordLemma> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var found = Find(word);
        foreach (var entry in found)
        {
            results.Add(new WordLemma(entry.Lemma.ToString(), entry.HasTag ? entry.Tag.ToString() : null));
        }

        return found.Count;
    }

    /// <summary>
    /// Looks up the exact form <paramref name="word"/> without allocating: the returned view over this
    /// lookup's buffers stays valid until the next call on this instance.
    /// </summary>
    public LookupResult Find(ReadOnlySpan<char> word)
    {
        Clear();
        Append(word);
        return new LookupResult(this, 0, Count);
    }

    /// <summary>Forgets the collected entries (keeps the buffers).</summary>
    internal void Clear()
    {
        Count = 0;
        _charCount = 0;
    }

    /// <summary>Appends the entries of the exact form <paramref name="word"/>; false when it is unknown.</summary>
    internal bool Append(ReadOnlySpan<char> word)
    {
        if (_meta.InputConversion.Count > 0)
        {
            word = Replace(word, _meta.InputConversion);
        }

        if (word.Contains(_meta.Separator))
        {
            return false;
        }

        var length = Encode(word);
        if (length < 0)
        {
            return false;
        }

        var codeNode = FindCodeNode(_word.AsSpan(0, length));
        if (codeNode <= 0)
        {
            return false;
        }

        AppendEntries(codeNode, _word.AsSpan(0, length));
        return true;
    }

    /// <summary>
    /// Walks <paramref name="form"/> from the root and returns the node after its separator arc (where
    /// the lemma codes start), or 0 when the form is not an entry (Java's "not SEQUENCE_IS_A_PREFIX").
    /// </summary>
    internal int FindCodeNode(ReadOnlySpan<byte> form) =>
        _fsa is Cfsa2Automaton cfsa ? FindCodeNode(new Cfsa2Reader(cfsa), form) : FindCodeNode(new AnyReader(_fsa), form);

    /// <summary>The node after the separator arc of <paramref name="node"/> (non-final, non-terminal), or 0.</summary>
    internal int CodeNodeAfter(int node) =>
        _fsa is Cfsa2Automaton cfsa ? CodeNodeAfter(new Cfsa2Reader(cfsa), node) : CodeNodeAfter(new AnyReader(_fsa), node);

    /// <summary>
    /// Enumerates the right language of <paramref name="codeNode"/> (depth first, arcs in stored order,
    /// a sequence before its extensions) and appends one decoded entry per stored sequence.
    /// </summary>
    internal void AppendEntries(int codeNode, ReadOnlySpan<byte> form)
    {
        if (_fsa is Cfsa2Automaton cfsa)
        {
            AppendEntries(new Cfsa2Reader(cfsa), codeNode, form);
        }
        else
        {
            AppendEntries(new AnyReader(_fsa), codeNode, form);
        }
    }

    private int FindCodeNode<TFsa>(TFsa fsa, ReadOnlySpan<byte> form)
        where TFsa : struct, IArcReader
    {
        var node = _fsa.Root;
        var last = form.Length - 1;
        for (var i = 0; i <= last; i++)
        {
            var arc = fsa.FindArc(node, form[i]);
            if (arc < 0 || (i == last && fsa.IsFinal(arc)))
            {
                return 0;
            }

            node = fsa.Target(arc);
            if (node == 0)
            {
                return 0;
            }
        }

        return CodeNodeAfter(fsa, node);
    }

    private int CodeNodeAfter<TFsa>(TFsa fsa, int node)
        where TFsa : struct, IArcReader
    {
        var arc = fsa.FindArc(node, _separator);
        return arc < 0 || fsa.IsFinal(arc) ? 0 : fsa.Target(arc);
    }

    private void AppendEntries<TFsa>(TFsa fsa, int codeNode, ReadOnlySpan<byte> form)
        where TFsa : struct, IArcReader
    {
        var depth = 0;
        _stack[0] = fsa.FirstArc(codeNode);
        while (depth >= 0)
        {
            var arc = _stack[depth];
            if (arc < 0)
            {
                depth--;
                continue;
            }

            _stack[depth] = fsa.NextArc(arc);
            if (depth >= _sequence.Length)
            {
                Array.Resize(ref _sequence, _sequence.Length * 2);
            }

            _sequence[depth] = fsa.Label(arc);
            if (fsa.IsFinal(arc))
            {
                AddEntry(form, _sequence.AsSpan(0, depth + 1));
            }

            var target = fsa.Target(arc);
            if (target != 0)
            {
                if (++depth >= _stack.Length)
                {
                    Array.Resize(ref _stack, _stack.Length * 2);
                }

                _stack[depth] = fsa.FirstArc(target);
            }
        }
    }

    /// <summary>The lemma of entry <paramref name="index"/> (valid until the next lookup).</summary>
    internal ReadOnlySpan<char> Lemma(int index) => _chars.AsSpan(_entries[index * 4], _entries[(index * 4) + 1]);

    /// <summary>The tag of entry <paramref name="index"/>, empty when the entry has none.</summary>
    internal ReadOnlySpan<char> Tag(int index) => _entries[(index * 4) + 3] < 0 ? default : _chars.AsSpan(_entries[(index * 4) + 2], _entries[(index * 4) + 3]);

    /// <summary>Whether entry <paramref name="index"/> has a tag.</summary>
    internal bool HasTag(int index) => _entries[(index * 4) + 3] >= 0;

    private void AddEntry(ReadOnlySpan<byte> form, ReadOnlySpan<byte> sequence)
    {
        var cut = sequence.Length > _codeBytes ? sequence[_codeBytes..].IndexOf(_separator) : -1;
        cut = cut < 0 ? sequence.Length : cut + _codeBytes;
        var code = sequence[..cut];
        if (_lemma.Length < form.Length + code.Length)
        {
            _lemma = new byte[Math.Max(_lemma.Length * 2, form.Length + code.Length)];
        }

        var lemmaLength = LemmaDecoder.Decode(_meta.LemmaEncoding, form, code, _lemma);
        var tag = cut < sequence.Length ? sequence[(cut + 1)..] : default;
        if (_meta.FrequencyIncluded && tag.Length > 0)
        {
            tag = tag[..^1];
        }

        if ((Count + 1) * 4 > _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        var e = Count * 4;
        _entries[e] = _charCount;
        _entries[e + 1] = AppendChars(_lemma.AsSpan(0, lemmaLength));
        if (_meta.OutputConversion.Count > 0)
        {
            var converted = Replace(_chars.AsSpan(_entries[e], _entries[e + 1]), _meta.OutputConversion);
            _charCount = _entries[e];
            _entries[e + 1] = AppendChars(converted);
        }

        _entries[e + 2] = _charCount;
        _entries[e + 3] = tag.Length > 0 ? AppendChars(tag) : -1;
        Count++;
    }

    private int AppendChars(ReadOnlySpan<byte> bytes)
    {
        EnsureChars(_meta.Encoding.GetMaxCharCount(bytes.Length));
        var n = _meta.Encoding.GetChars(bytes, _chars.AsSpan(_charCount));
        _charCount += n;
        return n;
    }

    private int AppendChars(ReadOnlySpan<char> chars)
    {
        EnsureChars(chars.Length);
        chars.CopyTo(_chars.AsSpan(_charCount));
        _charCount += chars.Length;
        return chars.Length;
    }

    private void EnsureChars(int extra)
    {
        if (_charCount + extra > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + extra));
        }
    }

    /// <summary>Encodes <paramref name="word"/> into <c>_word</c>; -1 when it cannot be encoded (then it is not in the dictionary).</summary>
    private int Encode(ReadOnlySpan<char> word)
    {
        var max = _utf8 ? word.Length * 3 : _meta.Encoding.GetMaxByteCount(word.Length);
        if (_word.Length < max)
        {
            _word = new byte[Math.Max(max, _word.Length * 2)];
        }

        if (_utf8)
        {
            return Utf8.FromUtf16(word, _word, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done ? written : -1;
        }

        try
        {
            return _meta.Encoding.GetBytes(word, _word);
        }
        catch (EncoderFallbackException)
        {
            return -1;
        }
    }

    /// <summary>morfologik's <c>applyReplacements</c>: each pair in order, every occurrence, scanning on after the replaced key.</summary>
    private static string Replace(ReadOnlySpan<char> word, IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        var sb = new StringBuilder().Append(word);
        foreach (var (key, value) in pairs)
        {
            var index = sb.ToString().IndexOf(key, StringComparison.Ordinal);
            while (index >= 0)
            {
                sb.Remove(index, key.Length).Insert(index, value);
                var from = index + key.Length;
                index = from <= sb.Length ? sb.ToString().IndexOf(key, from, StringComparison.Ordinal) : -1;
            }
        }

        return sb.ToString();
    }
}

namespace PoznanAsk.Analysis.Stempel;

/// <summary>
/// Lucene's <c>StempelStemmer</c> (spec §3): the MultiTrie2 walk that assembles a patch from the
/// tries, and the Egothor patch language applied to a copy of the word, both including Java's
/// swallowed-exception cases (the walk stops without the failing piece; a patch stops at the
/// first out-of-range edit and keeps what it did so far). Works on spans into caller buffers; no
/// allocation per word. Thread-safe (the table is immutable).
/// </summary>
internal sealed class StempelStemmer
{
    private readonly StempelTable _table;

    public StempelStemmer(StempelTable table) => _table = table;

    public StempelTable Table => _table;

    /// <summary>Room a patch for any word needs.</summary>
    public int PatchCapacity => Math.Max(_table.MaxPatchLength, 1);

    public static StempelStemmer Load(string path) => new(StempelTableReader.Load(path));

    /// <summary>Buffer size <see cref="Stem(ReadOnlySpan{char}, Span{char})"/> needs for a word of <paramref name="wordLength"/> units.</summary>
    public int StemCapacity(int wordLength) => wordLength + (PatchCapacity / 2) + 1;

    /// <summary>
    /// Stems <paramref name="word"/> into <paramref name="destination"/> (at least
    /// <see cref="StemCapacity"/> long). Returns the stem's length, or −1 for Lucene's null
    /// (the patch deleted everything, the word is empty, or a single-trie table has no command).
    /// </summary>
    public int Stem(ReadOnlySpan<char> word, Span<char> destination)
    {
        Span<char> patch = PatchCapacity <= 1024 ? stackalloc char[PatchCapacity] : new char[PatchCapacity];
        int patchLength = WritePatch(word, patch);
        if (patchLength < 0)
        {
            return -1;
        }

        word.CopyTo(destination);
        int length = PatchApplier.Apply(destination, word.Length, patch[..patchLength]);
        return length > 0 ? length : -1;
    }

    /// <summary>Convenience form of the span overload; null means "no stem".</summary>
    public string? Stem(string word)
    {
        var buffer = new char[StemCapacity(word.Length)];
        int length = Stem(word, buffer);
        return length < 0 ? null : new string(buffer, 0, length);
    }

    /// <summary>The patch Lucene's walk computes for <paramref name="word"/> (empty = no change), null for a single trie without command.</summary>
    public string? Patch(string word)
    {
        var buffer = new char[PatchCapacity];
        int length = WritePatch(word, buffer);
        return length < 0 ? null : new string(buffer, 0, length);
    }

    /// <summary>Writes the patch for <paramref name="word"/>; returns its length or −1 (single trie, no command).</summary>
    public int WritePatch(ReadOnlySpan<char> word, Span<char> patch)
    {
        if (!_table.IsMulti)
        {
            if (word.Length == 0)
            {
                return -1;
            }

            var trie = _table.Tries[0];
            int c = trie.LastOnPath(word, _table.CharIndex);
            if (c < 0)
            {
                return -1;
            }

            trie.Commands[c].CopyTo(patch);
            return trie.Commands[c].Length;
        }

        return WalkMulti(word, patch);
    }

    private int WalkMulti(ReadOnlySpan<char> word, Span<char> patch)
    {
        if (word.Length == 0)
        {
            return 0; // Java: the first lookup throws, the walk returns the empty result
        }

        var tries = _table.Tries;
        var charIndex = _table.CharIndex;
        int keyStart = 0, keyEnd = word.Length;
        int lookupStart = 0, lookupEnd = word.Length;
        string? previous = null;
        char lastOp = ' ';
        int length = 0;
        for (int i = 0; i < tries.Length; i++)
        {
            int c = tries[i].LastOnPath(word[lookupStart..lookupEnd], charIndex);
            if (c < 0)
            {
                break;
            }

            string r = tries[i].Commands[c];
            if (r.Length == 1 && r[0] == '*')
            {
                break;
            }

            // r.charAt(0) and r.charAt(len - 2) throw for short pieces: the walk ends without r.
            if (r.Length < 2 || ((lastOp == '-' || lastOp == 'D') && r[0] == lastOp))
            {
                break;
            }

            lastOp = r[^2];
            if (r[0] == '-')
            {
                if (i > 0 && !Shorten(ref keyStart, ref keyEnd, previous!))
                {
                    break;
                }

                if (!Shorten(ref keyStart, ref keyEnd, r))
                {
                    break;
                }
            }

            r.CopyTo(patch[length..]);
            length += r.Length;
            previous = r;
            if (keyEnd > keyStart)
            {
                lookupStart = keyStart;
                lookupEnd = keyEnd;
            }
        }

        return length;
    }

    /// <summary>Java's <c>skip(key, lengthPP(piece))</c>; false where Java throws (the walk then ends).</summary>
    private bool Shorten(ref int keyStart, ref int keyEnd, string piece)
    {
        int consumed = 0;
        for (int i = 0; i < piece.Length; i += 2)
        {
            char op = piece[i];
            if (op == '-' || op == 'D')
            {
                if (i + 1 >= piece.Length)
                {
                    return false;
                }

                consumed += piece[i + 1] - 'a' + 1;
            }
            else if (op == 'R')
            {
                consumed++;
            }
        }

        if (consumed < 0 || consumed > keyEnd - keyStart)
        {
            return false;
        }

        if (_table.Forward)
        {
            keyStart += consumed;
        }
        else
        {
            keyEnd -= consumed;
        }

        return true;
    }
}

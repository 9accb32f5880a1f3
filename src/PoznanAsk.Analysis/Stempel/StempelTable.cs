namespace PoznanAsk.Analysis.Stempel;

/// <summary>
/// A loaded Stempel (Egothor) stemmer table — Lucene's <c>stemmer_20000.tbl</c> format, spec §2.
/// Immutable after loading and shared by every analyzer and thread.
/// </summary>
internal sealed class StempelTable
{
    public StempelTable(string method, bool forward, bool isMulti, StempelTrie[] tries, ushort[] charIndex)
    {
        Method = method;
        Forward = forward;
        IsMulti = isMulti;
        Tries = tries;
        CharIndex = charIndex;
        foreach (var trie in tries)
        {
            MaxPatchLength += trie.Commands.Length == 0 ? 0 : trie.Commands.Max(c => c.Length);
        }
    }

    /// <summary>The method string of the header (<c>-0ME2</c> for the shipped table).</summary>
    public string Method { get; }

    /// <summary>The multi-trie's key direction (false = from the end of the word).</summary>
    public bool Forward { get; }

    /// <summary>True for a MultiTrie2 table (method contains 'M'), false for a single trie.</summary>
    public bool IsMulti { get; }

    public StempelTrie[] Tries { get; }

    /// <summary>UTF-16 unit → column in the dense rows (0 = not a key of this table).</summary>
    public ushort[] CharIndex { get; }

    /// <summary>Upper bound of a patch's length (the sum of each trie's longest command).</summary>
    public int MaxPatchLength { get; }
}

namespace PoznanAsk.Analysis.Stempel;

/// <summary>
/// One Egothor trie of a Stempel table, stored densely: each row is a slice of
/// <c>stride</c> entries indexed by the table's character index (column 0 = "character not in
/// the table", always empty), so a step is two array loads instead of a sorted-map lookup.
/// </summary>
internal sealed class StempelTrie
{
    private readonly int[] _cmd;
    private readonly int[] _ref;
    private readonly int _stride;

    public StempelTrie(bool forward, int root, string[] commands, int[] cmd, int[] @ref, int stride)
    {
        Forward = forward;
        Root = root;
        Commands = commands;
        _cmd = cmd;
        _ref = @ref;
        _stride = stride;
    }

    public bool Forward { get; }

    public int Root { get; }

    public string[] Commands { get; }

    public int RowCount => _cmd.Length / _stride;

    /// <summary>
    /// Spec §3.1: the command of the deepest cell carrying one on the path of <paramref name="key"/>
    /// (the last cell only counts when the whole key was walked); −1 for none. Key must be non-empty.
    /// </summary>
    public int LastOnPath(ReadOnlySpan<char> key, ushort[] charIndex)
    {
        int row = Root * _stride;
        int last = -1;
        int n = key.Length;
        for (int step = 0; step < n; step++)
        {
            char c = Forward ? key[step] : key[n - 1 - step];
            int cell = row + charIndex[c];
            int cmd = _cmd[cell];
            if (step == n - 1)
            {
                return cmd >= 0 ? cmd : last;
            }

            if (cmd >= 0)
            {
                last = cmd;
            }

            int next = _ref[cell];
            if (next < 0)
            {
                return last;
            }

            row = next * _stride;
        }

        return last;
    }
}

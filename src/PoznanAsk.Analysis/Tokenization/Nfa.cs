namespace PoznanAsk.Analysis.Tokenization;

/// <summary>A nondeterministic automaton over <see cref="CharClass"/> symbols; only used while building the scanner's DFA.</summary>
internal sealed class Nfa
{
    private readonly List<List<int>> _epsilon = [];
    private readonly List<List<(uint Mask, int Target)>> _edges = [];

    /// <summary>Accepting states: NFA state → rule index (lower = higher priority).</summary>
    public Dictionary<int, int> Accepting { get; } = [];

    public int StateCount => _epsilon.Count;

    public int AddState()
    {
        _epsilon.Add([]);
        _edges.Add([]);
        return _epsilon.Count - 1;
    }

    public void AddEpsilon(int from, int to) => _epsilon[from].Add(to);

    public void AddSymbolEdge(int from, uint mask, int to) => _edges[from].Add((mask, to));

    public IReadOnlyList<(uint Mask, int Target)> EdgesOf(int state) => _edges[state];

    /// <summary>Extends <paramref name="set"/> with every state reachable by ε-moves.</summary>
    public void Close(SortedSet<int> set)
    {
        var stack = new Stack<int>(set);
        while (stack.Count > 0)
        {
            foreach (int t in _epsilon[stack.Pop()])
            {
                if (set.Add(t))
                {
                    stack.Push(t);
                }
            }
        }
    }
}

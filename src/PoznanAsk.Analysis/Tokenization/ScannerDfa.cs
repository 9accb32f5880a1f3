namespace PoznanAsk.Analysis.Tokenization;

/// <summary>
/// Deterministic automaton for several token rules at once (subset construction). Each state
/// knows the highest-priority rule that accepts there, so running it and remembering the last
/// accepting state gives JFlex's semantics: the longest match, ties to the earlier rule.
/// </summary>
internal sealed class ScannerDfa
{
    public const int Dead = -1;
    private const int Columns = (int)CharClass.Count;
    private readonly int[] _transitions;
    private readonly sbyte[] _accept;

    private ScannerDfa(int[] transitions, sbyte[] accept)
    {
        _transitions = transitions;
        _accept = accept;
    }

    public int StateCount => _accept.Length;

    /// <summary>Next state, or <see cref="Dead"/>.</summary>
    public int Next(int state, CharClass cls) => _transitions[(state * Columns) + (int)cls];

    /// <summary>The rule accepted in <paramref name="state"/>, or −1.</summary>
    public int AcceptedRule(int state) => _accept[state];

    public static ScannerDfa Build(IReadOnlyList<Pattern> rules)
    {
        var nfa = new Nfa();
        int start = nfa.AddState();
        for (int r = 0; r < rules.Count; r++)
        {
            var (s, e) = rules[r].Compile(nfa);
            nfa.AddEpsilon(start, s);
            nfa.Accepting[e] = r;
        }

        var ids = new Dictionary<string, int>();
        var sets = new List<SortedSet<int>>();
        var transitions = new List<int>();
        var accept = new List<sbyte>();

        int Intern(SortedSet<int> set)
        {
            string key = string.Join(',', set);
            if (ids.TryGetValue(key, out int id))
            {
                return id;
            }

            id = sets.Count;
            ids[key] = id;
            sets.Add(set);
            int rule = int.MaxValue;
            foreach (int s in set)
            {
                if (nfa.Accepting.TryGetValue(s, out int r) && r < rule)
                {
                    rule = r;
                }
            }

            accept.Add(rule == int.MaxValue ? (sbyte)-1 : (sbyte)rule);
            transitions.AddRange(Enumerable.Repeat(Dead, Columns));
            return id;
        }

        var initial = new SortedSet<int> { start };
        nfa.Close(initial);
        Intern(initial);
        for (int d = 0; d < sets.Count; d++)
        {
            for (int c = 0; c < Columns; c++)
            {
                var target = new SortedSet<int>();
                foreach (int s in sets[d])
                {
                    foreach (var (mask, to) in nfa.EdgesOf(s))
                    {
                        if ((mask & (1u << c)) != 0)
                        {
                            target.Add(to);
                        }
                    }
                }

                if (target.Count > 0)
                {
                    nfa.Close(target);
                    transitions[(d * Columns) + c] = Intern(target);
                }
            }
        }

        return new ScannerDfa([.. transitions], [.. accept]);
    }
}

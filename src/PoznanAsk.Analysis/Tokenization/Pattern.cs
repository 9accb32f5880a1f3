namespace PoznanAsk.Analysis.Tokenization;

/// <summary>
/// A regular expression over <see cref="CharClass"/> symbols, built with combinators and compiled
/// into an NFA (Thompson construction). It exists so the tokenizer grammar of spec §5.3 can be
/// written down once, readably, and turned into a DFA with true longest-match semantics — what
/// JFlex does for Lucene — without a regex engine (backtracking engines are not longest-match).
/// </summary>
internal abstract class Pattern
{
    /// <summary>One character whose class is any of <paramref name="classes"/>.</summary>
    public static Pattern Of(params CharClass[] classes)
    {
        uint mask = 0;
        foreach (var c in classes)
        {
            mask |= 1u << (int)c;
        }

        return new SymbolPattern(mask);
    }

    public static Pattern Seq(params Pattern[] parts) => new SeqPattern(parts);

    public static Pattern Alt(params Pattern[] choices) => new AltPattern(choices);

    public Pattern Star() => new StarPattern(this);

    public Pattern Plus() => Seq(this, Star());

    public Pattern Optional() => Alt(this, new SeqPattern([]));

    /// <summary>Adds states for this pattern to <paramref name="nfa"/>; returns its entry and exit states.</summary>
    public abstract (int Start, int End) Compile(Nfa nfa);

    private sealed class SymbolPattern(uint mask) : Pattern
    {
        public override (int Start, int End) Compile(Nfa nfa)
        {
            int s = nfa.AddState();
            int e = nfa.AddState();
            nfa.AddSymbolEdge(s, mask, e);
            return (s, e);
        }
    }

    private sealed class SeqPattern(Pattern[] parts) : Pattern
    {
        public override (int Start, int End) Compile(Nfa nfa)
        {
            int s = nfa.AddState();
            int cur = s;
            foreach (var p in parts)
            {
                var (ps, pe) = p.Compile(nfa);
                nfa.AddEpsilon(cur, ps);
                cur = pe;
            }

            return (s, cur);
        }
    }

    private sealed class AltPattern(Pattern[] choices) : Pattern
    {
        public override (int Start, int End) Compile(Nfa nfa)
        {
            int s = nfa.AddState();
            int e = nfa.AddState();
            foreach (var p in choices)
            {
                var (ps, pe) = p.Compile(nfa);
                nfa.AddEpsilon(s, ps);
                nfa.AddEpsilon(pe, e);
            }

            return (s, e);
        }
    }

    private sealed class StarPattern(Pattern inner) : Pattern
    {
        public override (int Start, int End) Compile(Nfa nfa)
        {
            int s = nfa.AddState();
            int e = nfa.AddState();
            var (ps, pe) = inner.Compile(nfa);
            nfa.AddEpsilon(s, ps);
            nfa.AddEpsilon(s, e);
            nfa.AddEpsilon(pe, ps);
            nfa.AddEpsilon(pe, e);
            return (s, e);
        }
    }
}

namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// The arc operations the lookup needs, as a struct-constrained generic parameter: the JIT compiles
/// the lookup once per automaton format with direct (inlinable) calls instead of virtual ones.
/// </summary>
internal interface IArcReader
{
    int FirstArc(int node);

    int NextArc(int arc);

    int FindArc(int node, byte label);

    byte Label(int arc);

    bool IsFinal(int arc);

    int Target(int arc);
}

/// <summary>Direct calls into the sealed CFSA2 automaton (the Polish dictionary's format).</summary>
internal readonly struct Cfsa2Reader(Cfsa2Automaton fsa) : IArcReader
{
    public int FirstArc(int node) => fsa.FirstArc(node);

    public int NextArc(int arc) => fsa.NextArc(arc);

    public int FindArc(int node, byte label) => fsa.FindArc(node, label);

    public byte Label(int arc) => fsa.Label(arc);

    public bool IsFinal(int arc) => fsa.IsFinal(arc);

    public int Target(int arc) => fsa.Target(arc);
}

/// <summary>Virtual calls for any other format (FSA5).</summary>
internal readonly struct AnyReader(Automaton fsa) : IArcReader
{
    public int FirstArc(int node) => fsa.FirstArc(node);

    public int NextArc(int arc) => fsa.NextArc(arc);

    public int FindArc(int node, byte label) => fsa.FindArc(node, label);

    public byte Label(int arc) => fsa.Label(arc);

    public bool IsFinal(int arc) => fsa.IsFinal(arc);

    public int Target(int arc) => fsa.Target(arc);
}

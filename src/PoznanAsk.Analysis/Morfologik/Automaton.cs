namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// A Morfologik finite-state automaton read into one byte array and walked as it lies (no node
/// objects, no cache), like Java's <c>FSA</c>. Nodes and arcs are offsets into that array; -1 means
/// "no arc". Immutable after <see cref="Validate"/>, so one instance is shared by every thread.
/// </summary>
internal abstract class Automaton
{
    /// <summary>The "\fsa" magic at the start of every automaton file.</summary>
    public static ReadOnlySpan<byte> Magic => "\\fsa"u8;

    /// <summary>Offset of the start node (the target of the epsilon node's only arc).</summary>
    public int Root { get; protected init; }

    /// <summary>Whether every node's arcs are in ascending label order (then a scan may stop early).</summary>
    public bool ArcsSorted { get; protected set; }

    /// <summary>Size of the arc data in bytes (the memory the automaton holds).</summary>
    public abstract int Length { get; }

    /// <summary>Human-readable format name, e.g. <c>CFSA2</c>.</summary>
    public abstract string Format { get; }

    /// <summary>First arc of <paramref name="node"/>.</summary>
    public abstract int FirstArc(int node);

    /// <summary>The arc after <paramref name="arc"/> in its node, or -1 after the last one.</summary>
    public abstract int NextArc(int arc);

    /// <summary>The arc of <paramref name="node"/> labelled <paramref name="label"/>, or -1.</summary>
    public abstract int FindArc(int node, byte label);

    /// <summary>The label byte of <paramref name="arc"/>.</summary>
    public abstract byte Label(int arc);

    /// <summary>Whether a stored sequence ends with <paramref name="arc"/>.</summary>
    public abstract bool IsFinal(int arc);

    /// <summary>The node <paramref name="arc"/> leads to, or 0 when the arc is terminal.</summary>
    public abstract int Target(int arc);

    /// <summary>
    /// Walks every node reachable from the root and checks that each arc, label index and target
    /// address lies inside the data; sets <see cref="ArcsSorted"/>. Throws <see cref="FormatException"/>
    /// on the first violation, so a truncated or corrupted file never reaches a lookup.
    /// </summary>
    public abstract void Validate();

    /// <summary>Reads an automaton from <paramref name="stream"/> (positioned at the magic).</summary>
    public static Automaton Read(Stream stream)
    {
        Span<byte> head = stackalloc byte[5];
        ReadHeader(stream, head, "header");
        if (!head[..4].SequenceEqual(Magic))
        {
            throw new FormatException("bad magic: not a morfologik automaton (expected \"\\fsa\")");
        }

        return head[4] switch
        {
            Cfsa2Automaton.Version => Cfsa2Automaton.ReadBody(stream),
            Fsa5Automaton.Version => Fsa5Automaton.ReadBody(stream),
            0xC5 => throw new FormatException("automaton version 0xC5 (old CFSA) is obsolete; rebuild the dictionary as CFSA2 or FSA5"),
            _ => throw new FormatException($"unsupported automaton version 0x{head[4]:X2} (supported: 0xC6 CFSA2, 0x05 FSA5)"),
        };
    }

    /// <summary>Fills <paramref name="buffer"/> or reports a truncated <paramref name="part"/>.</summary>
    protected static void ReadHeader(Stream stream, Span<byte> buffer, string part)
    {
        try
        {
            stream.ReadExactly(buffer);
        }
        catch (EndOfStreamException e)
        {
            throw new FormatException($"file truncated in the {part}", e);
        }
    }

    /// <summary>Reads the rest of the stream (the arc data) into one exactly sized array.</summary>
    protected static byte[] ReadRemaining(Stream stream)
    {
        if (stream.CanSeek)
        {
            var rest = checked((int)(stream.Length - stream.Position));
            var data = GC.AllocateUninitializedArray<byte>(rest);
            stream.ReadExactly(data);
            return data;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

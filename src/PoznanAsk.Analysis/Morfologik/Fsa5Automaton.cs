using System.Runtime.CompilerServices;

namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// The classic FSA5 format (version byte 0x05, spec §4.3), so a dictionary rebuilt with newer
/// tooling also loads. Arc = label byte + <c>gtl</c> little-endian bytes whose low 3 bits are
/// F (1), L (2), N (4) and whose rest (>> 3) is the target; with N set only the flag byte is
/// stored and the target node follows this arc directly.
/// </summary>
internal sealed class Fsa5Automaton : Automaton
{
    /// <summary>Header version byte.</summary>
    public const byte Version = 0x05;

    private const byte FinalBit = 0x01;
    private const byte LastBit = 0x02;
    private const byte NextBit = 0x04;

    private readonly byte[] _arcs;
    private readonly int _gtl;
    private readonly int _nodeDataLength;

    private Fsa5Automaton(byte[] arcs, int gtl, int nodeDataLength)
    {
        _arcs = arcs;
        _gtl = gtl;
        _nodeDataLength = nodeDataLength;
        try
        {
            // Offset 0 holds a dummy arc; the epsilon node follows it and its first arc gives the root.
            var epsilon = SkipArc(FirstArc(0));
            var root = Target(FirstArc(epsilon));
            if (root <= 0 || root >= arcs.Length)
            {
                throw new FormatException($"root node address {root} outside the arc data ({arcs.Length} bytes)");
            }

            Root = root;
        }
        catch (IndexOutOfRangeException e)
        {
            throw new FormatException("the epsilon node runs past the end of the data (file truncated)", e);
        }
    }

    /// <inheritdoc/>
    public override int Length => _arcs.Length;

    /// <inheritdoc/>
    public override string Format => _nodeDataLength > 0 ? "FSA5+NUMBERS" : "FSA5";

    /// <summary>Reads filler, annotation and the node-data/address-width byte, then the arcs.</summary>
    public static Fsa5Automaton ReadBody(Stream stream)
    {
        Span<byte> head = stackalloc byte[3];
        ReadHeader(stream, head, "FSA5 header");
        var nodeDataLength = (head[2] >> 4) & 0x0F;
        var gtl = head[2] & 0x0F;
        if (gtl is < 1 or > 4)
        {
            throw new FormatException($"FSA5 address width {gtl} not supported (1..4 bytes)");
        }

        if (nodeDataLength > 4)
        {
            throw new FormatException($"FSA5 node data length {nodeDataLength} not supported (0..4 bytes)");
        }

        return new Fsa5Automaton(ReadRemaining(stream), gtl, nodeDataLength);
    }

    /// <inheritdoc/>
    public override int FirstArc(int node) => node + _nodeDataLength;

    /// <inheritdoc/>
    public override int NextArc(int arc) => (_arcs[arc + 1] & LastBit) != 0 ? -1 : SkipArc(arc);

    /// <inheritdoc/>
    public override int FindArc(int node, byte label)
    {
        var a = _arcs;
        var sorted = ArcsSorted;
        for (var arc = node + _nodeDataLength; ; arc = SkipArc(arc))
        {
            var l = a[arc];
            if (l == label)
            {
                return arc;
            }

            if ((a[arc + 1] & LastBit) != 0 || (sorted && l > label))
            {
                return -1;
            }
        }
    }

    /// <inheritdoc/>
    public override byte Label(int arc) => _arcs[arc];

    /// <inheritdoc/>
    public override bool IsFinal(int arc) => (_arcs[arc + 1] & FinalBit) != 0;

    /// <inheritdoc/>
    public override int Target(int arc) =>
        (_arcs[arc + 1] & NextBit) != 0 ? SkipArc(arc) : (int)(ReadAddress(arc + 1) >> 3);

    /// <inheritdoc/>
    public override void Validate()
    {
        var length = _arcs.Length;
        var sorted = true;
        ReachabilityWalk.Run(length, Root, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (node, targets) =>
        {
            if (node + _nodeDataLength >= length)
            {
                throw new FormatException($"node {node} lies past the end of the arc data ({length} bytes; file truncated?)");
            }

            var previous = -1;
            for (var arc = node + _nodeDataLength; ; arc = SkipArc(arc))
            {
                if (arc + 1 >= length || ((_arcs[arc + 1] & NextBit) == 0 && arc + _gtl >= length))
                {
                    throw new FormatException($"arc at {arc} of node {node} runs past the end of the arc data ({length} bytes; file truncated?)");
                }

                int label = _arcs[arc];
                sorted &= label > previous;
                previous = label;
                var target = Target(arc);
                if (target != 0)
                {
                    targets.Add(target);
                }

                if ((_arcs[arc + 1] & LastBit) != 0)
                {
                    break;
                }
            }
        });
        ArcsSorted = sorted;
    }

    private int SkipArc(int arc) => arc + ((_arcs[arc + 1] & NextBit) != 0 ? 2 : 1 + _gtl);

    private long ReadAddress(int pos)
    {
        long value = 0;
        for (var i = _gtl - 1; i >= 0; i--)
        {
            value = (value << 8) | _arcs[pos + i];
        }

        return value;
    }
}

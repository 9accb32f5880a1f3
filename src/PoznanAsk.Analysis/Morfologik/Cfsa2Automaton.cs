namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// The compact CFSA2 format (version byte 0xC6, spec §4.1–4.2) used by the Polish dictionary.
/// Arc = flag byte <c>N L F MMMMM</c>, an explicit label byte when M = 0, a v-int target when N = 0.
/// </summary>
internal sealed class Cfsa2Automaton : Automaton
{
    /// <summary>Header version byte.</summary>
    public const byte Version = 0xC6;

    private const byte NextBit = 0x80;
    private const byte LastBit = 0x40;
    private const byte FinalBit = 0x20;
    private const byte IndexMask = 0x1F;
    private const int FlagNumbers = 0x100;
    private const int KnownFlags = 0x1 | 0x2 | 0x4 | 0x8 | FlagNumbers | 0x200;

    private readonly byte[] _arcs;
    private readonly byte[] _labels;
    private readonly int _labelCount;
    private readonly bool _numbers;

    private Cfsa2Automaton(byte[] arcs, byte[] labels, int labelCount, bool numbers)
    {
        _arcs = arcs;
        _labels = labels;
        _labelCount = labelCount;
        _numbers = numbers;
        if (arcs.Length == 0)
        {
            throw new FormatException("no arc data after the header (file truncated)");
        }

        try
        {
            Root = TargetChecked(FirstArcChecked(0));
        }
        catch (IndexOutOfRangeException e)
        {
            throw new FormatException("the epsilon node runs past the end of the data (file truncated)", e);
        }
    }

    /// <inheritdoc/>
    public override int Length => _arcs.Length;

    /// <inheritdoc/>
    public override string Format => _numbers ? "CFSA2+NUMBERS" : "CFSA2";

    /// <summary>Reads flags, label table and arcs after the magic and version byte.</summary>
    public static Cfsa2Automaton ReadBody(Stream stream)
    {
        Span<byte> head = stackalloc byte[3];
        ReadHeader(stream, head, "CFSA2 header");
        var flags = (head[0] << 8) | head[1];
        if ((flags & ~KnownFlags) != 0)
        {
            throw new FormatException($"unknown CFSA2 flag bits 0x{flags:X4}");
        }

        int labelCount = head[2];
        var labels = new byte[Math.Max(labelCount, IndexMask + 1)];
        ReadHeader(stream, labels.AsSpan(0, labelCount), "CFSA2 label table");
        return new Cfsa2Automaton(ReadRemaining(stream), labels, labelCount, (flags & FlagNumbers) != 0);
    }

    /// <inheritdoc/>
    public override int FirstArc(int node) => _numbers ? SkipVInt(node) : node;

    /// <inheritdoc/>
    public override int NextArc(int arc)
    {
        var f = _arcs[arc];
        return (f & LastBit) != 0 ? -1 : SkipArc(arc, f);
    }

    /// <inheritdoc/>
    public override int FindArc(int node, byte label)
    {
        var a = _arcs;
        var arc = _numbers ? SkipVInt(node) : node;
        var sorted = ArcsSorted;
        while (true)
        {
            var f = a[arc];
            var index = f & IndexMask;
            var l = index != 0 ? _labels[index] : a[arc + 1];
            if (l == label)
            {
                return arc;
            }

            if ((f & LastBit) != 0 || (sorted && l > label))
            {
                return -1;
            }

            arc = SkipArc(arc, f);
        }
    }

    /// <inheritdoc/>
    public override byte Label(int arc)
    {
        var index = _arcs[arc] & IndexMask;
        return index != 0 ? _labels[index] : _arcs[arc + 1];
    }

    /// <inheritdoc/>
    public override bool IsFinal(int arc) => (_arcs[arc] & FinalBit) != 0;

    /// <inheritdoc/>
    public override int Target(int arc)
    {
        var f = _arcs[arc];
        if ((f & NextBit) == 0)
        {
            return ReadVInt(arc + ((f & IndexMask) == 0 ? 2 : 1));
        }

        // "Next": the target node starts right after the last arc of this node.
        while ((f & LastBit) == 0)
        {
            arc = SkipArc(arc, f);
            f = _arcs[arc];
        }

        return SkipArc(arc, f);
    }

    /// <inheritdoc/>
    public override void Validate() => ArcsSorted = Cfsa2Validator.Run(_arcs, _labelCount, _labels, _numbers, Root);

    private int FirstArcChecked(int node)
    {
        var arc = FirstArc(node);
        if ((_arcs[arc] & IndexMask) >= _labelCount && (_arcs[arc] & IndexMask) != 0)
        {
            throw new FormatException("the epsilon arc uses a label index outside the label table");
        }

        return arc;
    }

    private int TargetChecked(int arc)
    {
        var target = Target(arc);
        if (target <= 0 || target >= _arcs.Length)
        {
            throw new FormatException($"root node address {target} outside the arc data ({_arcs.Length} bytes)");
        }

        return target;
    }

    private int SkipArc(int arc, byte f)
    {
        arc += (f & IndexMask) == 0 ? 2 : 1;
        return (f & NextBit) != 0 ? arc : SkipVInt(arc);
    }

    private int SkipVInt(int pos)
    {
        while ((_arcs[pos] & 0x80) != 0)
        {
            pos++;
        }

        return pos + 1;
    }

    private int ReadVInt(int pos)
    {
        var a = _arcs;
        var b = a[pos];
        var value = b & 0x7F;
        for (var shift = 7; (b & 0x80) != 0; shift += 7)
        {
            b = a[++pos];
            value |= (b & 0x7F) << shift;
        }

        return value;
    }
}

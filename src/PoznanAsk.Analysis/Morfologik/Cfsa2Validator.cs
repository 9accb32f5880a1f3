using System.Runtime.CompilerServices;

namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// Full reachability walk over a CFSA2 automaton: every node reachable from the root is decoded
/// once with bounds checks on flags, explicit labels, label indexes and v-int targets. After it
/// passes, the unchecked walk in <see cref="Cfsa2Automaton"/> cannot leave the array.
/// </summary>
internal static class Cfsa2Validator
{
    /// <summary>Validates and returns whether all nodes have their arcs in ascending label order.</summary>
    public static bool Run(byte[] arcs, int labelCount, byte[] labels, bool numbers, int root)
    {
        var length = arcs.Length;
        var sorted = true;
        ReachabilityWalk.Run(length, root, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (node, targets) =>
        {
            var pos = numbers ? ReadVInt(arcs, node, out _) : node;
            var previous = -1;
            var hasNext = false;
            while (true)
            {
                if (pos >= length)
                {
                    throw new FormatException($"node at {node} runs past the end of the arc data ({length} bytes; file truncated?)");
                }

                var f = arcs[pos++];
                var index = f & 0x1F;
                int label;
                if (index != 0)
                {
                    if (index >= labelCount)
                    {
                        throw new FormatException($"arc at {pos - 1} uses label index {index} outside the label table ({labelCount} entries)");
                    }

                    label = labels[index];
                }
                else
                {
                    if (pos >= length)
                    {
                        throw new FormatException($"arc at {pos - 1} runs past the end of the arc data (file truncated?)");
                    }

                    label = arcs[pos++];
                }

                sorted &= label > previous;
                previous = label;
                if ((f & 0x80) != 0)
                {
                    hasNext = true;
                }
                else
                {
                    pos = ReadVInt(arcs, pos, out var target);
                    if (target != 0)
                    {
                        targets.Add(target);
                    }
                }

                if ((f & 0x40) != 0)
                {
                    break;
                }
            }

            if (hasNext)
            {
                targets.Add(pos);
            }
        });
        return sorted;
    }

    private static int ReadVInt(byte[] arcs, int pos, out int value)
    {
        value = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (pos >= arcs.Length)
            {
                throw new FormatException($"v-int at {pos} runs past the end of the arc data (file truncated?)");
            }

            if (shift > 28)
            {
                throw new FormatException($"v-int at {pos} is longer than 5 bytes (corrupted data)");
            }

            var b = arcs[pos++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value < 0 ? throw new FormatException($"v-int before {pos} overflows (corrupted data)") : pos;
            }
        }
    }
}

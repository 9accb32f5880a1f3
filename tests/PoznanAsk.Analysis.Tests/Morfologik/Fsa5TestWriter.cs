namespace PoznanAsk.Analysis.Tests.Morfologik;

/// <summary>
/// Writes a small FSA5 automaton (spec §4.3) for a set of byte sequences: an unminimised trie,
/// address width 4, optionally the N ("next") bit for last arcs whose target is laid out right
/// after the node, and optionally a node-data (NUMBERS) field. Enough to test the FSA5 reader.
/// </summary>
internal static class Fsa5TestWriter
{
    public static byte[] Write(IEnumerable<byte[]> sequences, bool useNext, int nodeDataLength = 0)
    {
        const int gtl = 4;
        var root = new Node();
        foreach (var s in sequences)
        {
            var node = root;
            for (var i = 0; i < s.Length; i++)
            {
                if (!node.Arcs.TryGetValue(s[i], out var arc))
                {
                    arc = (new Node(), false);
                }

                node.Arcs[s[i]] = (arc.Child, arc.Final || i == s.Length - 1);
                node = arc.Child;
            }
        }

        // Emission order: a node, then the subtree of its last arc's target (so N can point there), then the others.
        var order = new List<Node>();
        Order(root);
        var header = nodeDataLength + 1 + gtl;             // dummy arc at offset 0
        var epsilon = header;                              // epsilon node: one arc to the root
        var offset = epsilon + nodeDataLength + 1 + gtl;
        foreach (var n in order)
        {
            n.Offset = offset;
            offset += nodeDataLength + n.Arcs.Count * (1 + gtl) - (UsesNext(n) ? gtl - 1 : 0);
        }

        var data = new byte[offset];
        WriteArc(data, nodeDataLength, 0, 0, last: true, final: false);
        WriteArc(data, epsilon + nodeDataLength, 0, root.Offset, last: true, final: false);
        foreach (var n in order)
        {
            var pos = n.Offset + nodeDataLength;
            var i = 0;
            foreach (var (label, (child, final)) in n.Arcs.OrderBy(a => a.Key))
            {
                var last = ++i == n.Arcs.Count;
                if (last && UsesNext(n))
                {
                    data[pos] = label;
                    data[pos + 1] = (byte)(0x04 | 0x02 | (final ? 0x01 : 0));
                    pos += 2;
                    continue;
                }

                WriteArc(data, pos, label, child.Arcs.Count == 0 ? 0 : child.Offset, last, final);
                pos += 1 + gtl;
            }
        }

        byte[] head = [(byte)'\\', (byte)'f', (byte)'s', (byte)'a', 0x05, (byte)'_', (byte)'+', (byte)((nodeDataLength << 4) | gtl)];
        return [.. head, .. data];

        void Order(Node n)
        {
            order.Add(n);
            var children = n.Arcs.OrderBy(a => a.Key).Select(a => a.Value.Child).Where(c => c.Arcs.Count > 0).ToList();
            if (UsesNext(n))
            {
                Order(children[^1]);
                children.RemoveAt(children.Count - 1);
            }

            foreach (var c in children)
            {
                Order(c);
            }
        }

        bool UsesNext(Node n) => useNext && n.Arcs.Count > 0 && n.Arcs.MaxBy(a => a.Key).Value.Child.Arcs.Count > 0;

        static void WriteArc(byte[] data, int pos, byte label, int target, bool last, bool final)
        {
            data[pos] = label;
            var field = ((long)target << 3) | (long)((last ? 0x02 : 0) | (final ? 0x01 : 0));
            for (var b = 0; b < gtl; b++)
            {
                data[pos + 1 + b] = (byte)(field >> (8 * b));
            }
        }
    }

    private sealed class Node
    {
        public SortedDictionary<byte, (Node Child, bool Final)> Arcs { get; } = [];

        public int Offset { get; set; }
    }
}

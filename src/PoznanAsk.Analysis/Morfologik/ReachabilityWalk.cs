using System.Runtime.CompilerServices;

namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// Depth-first walk over every node reachable from the root, shared by the automaton validators.
/// Checks that each target address lies inside the arc data and that the graph has no cycle
/// (a cycle in a corrupted file would make the right-language enumeration endless). Costs two
/// bitsets of one bit per data byte, freed after loading.
/// </summary>
internal static class ReachabilityWalk
{
    /// <summary>Decodes <c>node</c>, adds its non-terminal targets to the list, throws <see cref="FormatException"/> on bad bytes.</summary>
    public delegate void DecodeNode(int node, List<int> targets);

    /// <summary>Walks from <paramref name="root"/>; returns the number of distinct nodes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Run(int length, int root, DecodeNode decode)
    {
        var entered = new ulong[(length >> 6) + 1];
        var finished = new ulong[(length >> 6) + 1];
        var stack = new Stack<int>();
        var targets = new List<int>();
        var nodes = 0;
        CheckRange(root, length);
        stack.Push(root);
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            if (item < 0)
            {
                Set(finished, ~item);
                continue;
            }

            if (Test(entered, item))
            {
                continue;
            }

            Set(entered, item);
            nodes++;
            stack.Push(~item);
            targets.Clear();
            decode(item, targets);
            foreach (var target in targets)
            {
                CheckRange(target, length);
                if (!Test(entered, target))
                {
                    stack.Push(target);
                }
                else if (!Test(finished, target))
                {
                    throw new FormatException($"cycle through node {target} (corrupted data)");
                }
            }
        }

        return nodes;
    }

    private static void CheckRange(int target, int length)
    {
        if ((uint)target >= (uint)length)
        {
            throw new FormatException($"arc target {target} outside the arc data ({length} bytes; file truncated or corrupted)");
        }
    }

    private static bool Test(ulong[] bits, int i) => (bits[i >> 6] & (1UL << (i & 63))) != 0;

    private static void Set(ulong[] bits, int i) => bits[i >> 6] |= 1UL << (i & 63);
}

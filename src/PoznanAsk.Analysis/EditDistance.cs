namespace PoznanAsk.Analysis;

/// <summary>
/// Optimal-string-alignment (restricted Damerau–Levenshtein) distance with an upper bound, as Lucene's
/// fuzzy matching counts it: insertions, deletions, substitutions and transpositions of neighbours.
/// Shared by fuzzy query terms and the question parser's typo tolerance.
/// </summary>
public static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="max"/> + 1 when it exceeds <paramref name="max"/>.</summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other string.</param>
    /// <param name="max">The largest distance of interest (small: the rows are on the stack).</param>
    /// <returns>The distance, capped at <paramref name="max"/> + 1.</returns>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Fast path for one edit: when the first letters cannot be aligned by an insertion, deletion
        // or transposition, only a substitution of the first letter is left, so the rests must be equal.
        if (max == 1 && a.Length > 1 && b.Length > 1 && a[0] != b[0] && a[0] != b[1] && a[1] != b[0])
        {
            return a[1..].SequenceEqual(b[1..]) ? 1 : 2;
        }

        var cols = b.Length + 1;
        // Terms are at most 255 units (the tokenizer's limit); longer input gets heap rows.
        Span<int> prev2 = cols <= 256 ? stackalloc int[cols] : new int[cols];
        Span<int> prev = cols <= 256 ? stackalloc int[cols] : new int[cols];
        Span<int> cur = cols <= 256 ? stackalloc int[cols] : new int[cols];
        for (var j = 0; j < cols; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j < cols; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }

        return Math.Min(prev[b.Length], max + 1);
    }
}

namespace PoznanAsk.Answering.Questions;

/// <summary>Bounded Damerau–Levenshtein distance (adjacent transpositions count 1) for typo tolerance.</summary>
internal static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="max"/>+1 when it exceeds <paramref name="max"/>.</summary>
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
        Span<int> prev2 = stackalloc int[cols];
        Span<int> prev = stackalloc int[cols];
        Span<int> cur = stackalloc int[cols];
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

    /// <summary>How many typos a word of this length may carry: 0 below 5 letters, 1 up to 7, 2 from 8.</summary>
    public static int Allowed(int length) => length < 5 ? 0 : length < 8 ? 1 : 2;
}

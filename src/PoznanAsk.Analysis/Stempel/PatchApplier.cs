namespace PoznanAsk.Analysis.Stempel;

/// <summary>
/// Egothor's <c>Diff.apply</c> (spec §3.3): two-character instructions applied from the end of
/// the word, stopping without rollback at the first edit Java's <c>StringBuilder</c> would
/// reject.
/// </summary>
internal static class PatchApplier
{
    /// <summary>Applies <paramref name="patch"/> to the first <paramref name="length"/> chars of <paramref name="text"/>; returns the new length.</summary>
    public static int Apply(Span<char> text, int length, ReadOnlySpan<char> patch)
    {
        if (length == 0)
        {
            return 0;
        }

        int pos = length - 1;
        for (int i = 0; i + 1 < patch.Length; i += 2)
        {
            char op = patch[i];
            char param = patch[i + 1];
            int n = param - 'a' + 1;
            switch (op)
            {
                case '-':
                    pos = pos - n + 1;
                    break;
                case 'R':
                    if ((uint)pos >= (uint)length)
                    {
                        return length;
                    }

                    text[pos] = param;
                    break;
                case 'D':
                {
                    int start = pos - n + 1;
                    int end = Math.Min(pos + 1, length);
                    if (start < 0 || start > end)
                    {
                        return length;
                    }

                    text[end..length].CopyTo(text[start..]);
                    length -= end - start;
                    pos = start;
                    break;
                }

                case 'I':
                    pos++;
                    if (pos < 0 || pos > length)
                    {
                        return length;
                    }

                    text[pos..length].CopyTo(text[(pos + 1)..]);
                    text[pos] = param;
                    length++;
                    break;
            }

            pos--;
        }

        return length;
    }
}

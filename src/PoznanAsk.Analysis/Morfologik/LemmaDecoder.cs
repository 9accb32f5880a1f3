namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// Decodes a stored lemma code against the form's bytes (spec §4.4 step 6). All counts are bytes,
/// each stored as <c>(byte − 'A') mod 256</c>; 255 means "drop the whole form". Counts that do not
/// fit the form (never in a valid dictionary) are clamped instead of throwing during a lookup.
/// </summary>
internal static class LemmaDecoder
{
    private const int RemoveEverything = 255;

    /// <summary>Number of leading code bytes before the appended part (where the tag separator search starts).</summary>
    public static int CodeBytes(LemmaEncoding encoding) => encoding switch
    {
        LemmaEncoding.Suffix => 1,
        LemmaEncoding.Prefix => 2,
        LemmaEncoding.Infix => 3,
        _ => 0,
    };

    /// <summary>Writes the lemma bytes into <paramref name="output"/> (large enough: form + code) and returns their count.</summary>
    public static int Decode(LemmaEncoding encoding, ReadOnlySpan<byte> form, ReadOnlySpan<byte> code, Span<byte> output)
    {
        var n = CodeBytes(encoding);
        if (code.Length < n)
        {
            // A code shorter than its header: treat the missing counts as zero.
            Span<byte> padded = stackalloc byte[3];
            padded.Fill((byte)'A');
            code.CopyTo(padded);
            return DecodeCounts(encoding, form, padded[..n], ReadOnlySpan<byte>.Empty, output);
        }

        return DecodeCounts(encoding, form, code[..n], code[n..], output);
    }

    private static int DecodeCounts(LemmaEncoding encoding, ReadOnlySpan<byte> form, ReadOnlySpan<byte> counts, ReadOnlySpan<byte> rest, Span<byte> output)
    {
        var written = 0;
        switch (encoding)
        {
            case LemmaEncoding.Suffix:
            {
                var k = Count(counts[0]);
                if (k == RemoveEverything)
                {
                    k = form.Length;
                }

                written = Copy(form, 0, form.Length - k, output, 0);
                break;
            }

            case LemmaEncoding.Prefix:
            {
                int p = Count(counts[0]), k = Count(counts[1]);
                if (p == RemoveEverything || k == RemoveEverything)
                {
                    p = form.Length;
                    k = 0;
                }

                written = Copy(form, p, form.Length - p - k, output, 0);
                break;
            }

            case LemmaEncoding.Infix:
            {
                int x = Count(counts[0]), l = Count(counts[1]), k = Count(counts[2]);
                if (l == RemoveEverything || k == RemoveEverything)
                {
                    x = 0;
                    l = form.Length;
                    k = 0;
                }

                written = Copy(form, 0, x, output, 0);
                written = Copy(form, x + l, form.Length - x - l - k, output, written);
                break;
            }
        }

        rest.CopyTo(output[written..]);
        return written + rest.Length;
    }

    private static int Count(byte b) => (b - 'A') & 0xFF;

    private static int Copy(ReadOnlySpan<byte> form, int start, int length, Span<byte> output, int at)
    {
        start = Math.Min(start, form.Length);
        length = Math.Clamp(length, 0, form.Length - start);
        form.Slice(start, length).CopyTo(output[at..]);
        return at + length;
    }
}

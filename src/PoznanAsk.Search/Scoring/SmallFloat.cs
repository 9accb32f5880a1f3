using System.Numerics;

namespace PoznanAsk.Search.Scoring;

/// <summary>
/// Lucene's <c>SmallFloat.intToByte4</c>/<c>byte4ToInt</c>: field lengths in one byte, exact up to
/// 40 tokens, then 4 significant bits. Reproduced bit for bit so BM25 scores match Lucene's.
/// </summary>
internal static class SmallFloat
{
    private static readonly int NumFreeValues = 255 - LongToInt4(int.MaxValue);

    public static byte IntToByte4(int i)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        return (byte)(i < NumFreeValues ? i : NumFreeValues + LongToInt4(i - NumFreeValues));
    }

    public static int Byte4ToInt(byte b) => b < NumFreeValues ? b : (int)(NumFreeValues + Int4ToLong(b - NumFreeValues));

    private static int LongToInt4(long i)
    {
        var numBits = 64 - BitOperations.LeadingZeroCount((ulong)i);
        if (numBits < 4)
        {
            return (int)i;
        }

        var shift = numBits - 4;
        return (int)((i >> shift) & 0x07) | ((shift + 1) << 3);
    }

    private static long Int4ToLong(int i)
    {
        long bits = i & 0x07;
        var shift = (i >> 3) - 1;
        return shift == -1 ? bits : (bits | 0x08) << shift;
    }
}

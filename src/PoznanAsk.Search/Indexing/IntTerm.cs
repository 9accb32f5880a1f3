using System.Globalization;

namespace PoznanAsk.Search.Indexing;

/// <summary>
/// Int field values as index terms: the value with its sign bit flipped, as 8 upper-case hex digits,
/// so the byte order of terms is the numeric order and a range query is a term-range scan.
/// </summary>
internal static class IntTerm
{
    public static string Encode(int value) => ((uint)value ^ 0x8000_0000u).ToString("X8", CultureInfo.InvariantCulture);

    public static bool TryDecode(ReadOnlySpan<byte> term, out int value)
    {
        value = 0;
        if (term.Length != 8)
        {
            return false;
        }

        uint v = 0;
        foreach (var b in term)
        {
            int d = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => -1,
            };
            if (d < 0)
            {
                return false;
            }

            v = (v << 4) | (uint)d;
        }

        value = (int)(v ^ 0x8000_0000u);
        return true;
    }
}

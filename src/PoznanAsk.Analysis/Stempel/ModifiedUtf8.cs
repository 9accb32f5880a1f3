namespace PoznanAsk.Analysis.Stempel;

/// <summary>Java's "modified UTF-8" (<c>DataInput.readUTF</c>): 1–3 byte sequences, each yielding one UTF-16 unit.</summary>
internal static class ModifiedUtf8
{
    /// <summary>Decodes <paramref name="bytes"/>; returns null when a sequence is malformed.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        int n = 0;
        for (int i = 0; i < bytes.Length;)
        {
            int b = bytes[i];
            if (b < 0x80)
            {
                chars[n++] = (char)b;
                i++;
            }
            else if ((b & 0xE0) == 0xC0)
            {
                if (i + 1 >= bytes.Length || (bytes[i + 1] & 0xC0) != 0x80)
                {
                    return null;
                }

                chars[n++] = (char)(((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
                i += 2;
            }
            else if ((b & 0xF0) == 0xE0)
            {
                if (i + 2 >= bytes.Length || (bytes[i + 1] & 0xC0) != 0x80 || (bytes[i + 2] & 0xC0) != 0x80)
                {
                    return null;
                }

                chars[n++] = (char)(((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
                i += 3;
            }
            else
            {
                return null;
            }
        }

        return new string(chars[..n]);
    }
}

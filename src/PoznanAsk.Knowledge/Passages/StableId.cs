using System.Security.Cryptography;
using System.Text;

namespace PoznanAsk.Knowledge.Passages;

/// <summary>
/// Stable ids: a prefix and the first 16 hex digits of the SHA-256 of the parts. The same text in the
/// same source (and the same ordinal among identical texts) gives the same id on every rebuild.
/// </summary>
internal static class StableId
{
    /// <summary>An id like <c>p-0123456789abcdef</c> from <paramref name="parts"/>.</summary>
    public static string Of(string prefix, params object[] parts)
    {
        var joined = string.Join('\u001F', parts.Select(p => Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture)));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(joined));
        return prefix + "-" + Convert.ToHexStringLower(hash)[..16];
    }

    /// <summary>SHA-256 of bytes, lower-case hex.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

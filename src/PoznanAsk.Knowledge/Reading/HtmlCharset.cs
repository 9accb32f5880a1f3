using System.Text;
using System.Text.RegularExpressions;

namespace PoznanAsk.Knowledge.Reading;

/// <summary>
/// The charset a saved HTML page declares (<c>&lt;meta charset&gt;</c> or the <c>http-equiv</c>
/// Content-Type) checked against its bytes. A page declared as one encoding but written in another
/// would be read as mojibake, so that is an error naming the file and both encodings; a page declared
/// Windows-1250 or ISO-8859-2 (older city pages) is decoded as declared.
/// </summary>
internal static partial class HtmlCharset
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static HtmlCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/> by the declared charset; null when the page declares none (the caller guesses).</summary>
    /// <exception cref="ReportReadException">The declared charset does not match the bytes, or is unknown.</exception>
    public static DecodedText? Decode(ReadOnlySpan<byte> bytes, string source)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = MetaCharset().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var declared = match.Groups[1].Value.ToLowerInvariant();
        var body = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        var validUtf8 = IsUtf8(body, out var text);
        var ascii = !body.ContainsAnyInRange((byte)0x80, (byte)0xFF);
        switch (declared)
        {
            case "utf-8" or "utf8":
                return validUtf8
                    ? new DecodedText(text!, "utf-8", null)
                    : throw new ReportReadException(source,
                        "strona deklaruje kodowanie UTF-8, ale jej bajty nie są poprawnym UTF-8 (wygląda na Windows-1250/ISO-8859-2) – " +
                        "zapisz stronę ponownie w przeglądarce (page declares UTF-8 but is not UTF-8).");
            case "windows-1250" or "cp1250" or "x-cp1250" or "iso-8859-2" or "latin2" or "iso8859-2":
                if (validUtf8 && !ascii)
                {
                    throw new ReportReadException(source,
                        $"strona deklaruje kodowanie {declared}, ale jej bajty są w UTF-8 – polskie litery byłyby zniekształcone; " +
                        $"popraw znacznik <meta charset> albo zapisz stronę ponownie (page declares {declared} but is UTF-8).");
                }

                var name = declared.Contains("1250", StringComparison.Ordinal) ? "windows-1250" : "iso-8859-2";
                return new DecodedText(Encoding.GetEncoding(name).GetString(body), name, null);
            default:
                throw new ReportReadException(source, $"strona deklaruje nieobsługiwane kodowanie „{declared}” (unsupported charset; read: UTF-8, Windows-1250, ISO-8859-2).");
        }
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes, out string? text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = null;
            return false;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}

using System.Text;

namespace PoznanAsk.Knowledge.Reading;

/// <summary>
/// Decodes a report's bytes. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are.
/// Bytes that are not valid UTF-8 are decoded as Windows-1250 or ISO-8859-2 (the two legacy Polish
/// code pages), whichever yields more Polish letters, with a warning: older city pages were published
/// in them, and refusing them would lose reports. NUL bytes without a UTF-16 BOM mean binary content:
/// that is an error for the file.
/// </summary>
internal static class TextDecoder
{
    private const string PolishLetters = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/> of the file <paramref name="source"/>.</summary>
    /// <exception cref="ReportReadException">The bytes are binary (NUL bytes) or contain control characters no text has.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return CheckControls(new DecodedText(DecodeUtf8(bytes[3..], source), "utf-8", null), source);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return CheckControls(new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16", null), source);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return CheckControls(new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16", null), source);
        }

        if (bytes.Contains((byte)0))
        {
            throw new ReportReadException(source, "plik zawiera bajty NUL – to plik binarny, nie tekst raportu (file is binary, not a text report).");
        }

        try
        {
            return CheckControls(new DecodedText(StrictUtf8.GetString(bytes), "utf-8", null), source);
        }
        catch (DecoderFallbackException)
        {
            return CheckControls(DecodeLegacy(bytes), source);
        }
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string source)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ReportReadException(source, "plik ma znacznik BOM UTF-8, ale zawiera bajty niepoprawne w UTF-8 (invalid UTF-8 after a UTF-8 BOM).");
        }
    }

    private static DecodedText DecodeLegacy(ReadOnlySpan<byte> bytes)
    {
        var cp1250 = Encoding.GetEncoding(1250).GetString(bytes);
        var iso = Encoding.GetEncoding(28592).GetString(bytes);

        // ISO-8859-2 has C1 control characters at 0x80–0x9F where Windows-1250 has ś, ź, Ś, Ź…
        var isoHasControls = iso.Any(c => c is >= '\u0080' and <= '\u009F');
        var useIso = !isoHasControls && CountPolish(iso) > CountPolish(cp1250);
        var (text, name) = useIso ? (iso, "iso-8859-2") : (cp1250, "windows-1250");
        var warning = $"plik nie jest w UTF-8; odczytano go jako {name} (not UTF-8, decoded as {name}) – warto zapisać go w UTF-8.";
        return new DecodedText(text, name, warning);
    }

    private static int CountPolish(string text) => text.Count(c => PolishLetters.Contains(c, StringComparison.Ordinal));

    private static DecodedText CheckControls(DecodedText decoded, string source)
    {
        var text = decoded.Text;
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                throw new ReportReadException(source, "plik zawiera znaki NUL – to plik binarny, nie tekst raportu (file is binary).");
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        // A few stray control characters occur in copied text; many mean the bytes are not text.
        if (controls > 8 && controls * 100 > text.Length)
        {
            throw new ReportReadException(source, $"plik zawiera {controls} znaków sterujących – to nie jest tekst raportu (file looks binary).");
        }

        return decoded;
    }
}

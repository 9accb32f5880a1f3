using System.Text;

namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// The lookup-relevant keys of a Morfologik <c>.info</c> file (spec §3): separator, charset, lemma
/// encoding, frequency flag and conversion pairs. The legacy 1.x keys (<c>fsa.dict.uses-prefixes</c>
/// …) are rejected, as morfologik 2.x does.
/// </summary>
public sealed class DictionaryMetadata
{
    private const string SeparatorKey = "fsa.dict.separator";
    private const string EncodingKey = "fsa.dict.encoding";
    private const string EncoderKey = "fsa.dict.encoder";
    private const string FrequencyKey = "fsa.dict.frequency-included";
    private const string InputConversionKey = "fsa.dict.input-conversion";
    private const string OutputConversionKey = "fsa.dict.output-conversion";

    private static readonly string[] LegacyKeys = ["fsa.dict.uses-prefixes", "fsa.dict.uses-infixes", "fsa.dict.uses-suffixes"];

    private DictionaryMetadata(IReadOnlyDictionary<string, string> attributes, char separator, byte separatorByte, Encoding encoding, LemmaEncoding lemmaEncoding, bool frequencyIncluded, IReadOnlyList<KeyValuePair<string, string>> inputConversion, IReadOnlyList<KeyValuePair<string, string>> outputConversion)
    {
        Attributes = attributes;
        Separator = separator;
        SeparatorByte = separatorByte;
        Encoding = encoding;
        LemmaEncoding = lemmaEncoding;
        FrequencyIncluded = frequencyIncluded;
        InputConversion = inputConversion;
        OutputConversion = outputConversion;
    }

    /// <summary>Every key/value of the file (informational ones such as <c>fsa.dict.license</c> included).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    /// <summary>Splits form, lemma code and tag (<c>;</c> in the Polish dictionary).</summary>
    public char Separator { get; }

    /// <summary>The separator as its single encoded byte.</summary>
    public byte SeparatorByte { get; }

    /// <summary>Charset of every byte in the automaton (UTF-8 in the Polish dictionary).</summary>
    public Encoding Encoding { get; }

    /// <summary>How lemmas are stored (PREFIX in the Polish dictionary).</summary>
    public LemmaEncoding LemmaEncoding { get; }

    /// <summary>Whether the last byte of each tag is a frequency class A..Z (speller dictionaries); it is cut off.</summary>
    public bool FrequencyIncluded { get; }

    /// <summary>Replacements applied in order to a word before lookup (none for Polish).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> InputConversion { get; }

    /// <summary>Replacements applied in order to each decoded lemma (none for Polish).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> OutputConversion { get; }

    /// <summary>Parses the text of an <c>.info</c> file; problems throw <see cref="FormatException"/> with a readable message.</summary>
    public static DictionaryMetadata Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var props = JavaProperties.Parse(text);
        foreach (var legacy in LegacyKeys)
        {
            if (props.ContainsKey(legacy))
            {
                throw new FormatException($"legacy key '{legacy}' (morfologik 1.x dictionary); use '{EncoderKey}=SUFFIX|PREFIX|INFIX|NONE' (morfologik 2.x format)");
            }
        }

        var separatorText = Required(props, SeparatorKey);
        if (separatorText.Length != 1)
        {
            throw new FormatException($"'{SeparatorKey}' must be a single character, got '{separatorText}'");
        }

        var encoding = ResolveEncoding(Required(props, EncodingKey).Trim());
        byte[] separatorBytes;
        try
        {
            separatorBytes = encoding.GetBytes(separatorText);
        }
        catch (EncoderFallbackException)
        {
            separatorBytes = [];
        }

        if (separatorBytes.Length != 1)
        {
            throw new FormatException($"'{SeparatorKey}' '{separatorText}' must encode to one byte in {encoding.WebName}");
        }

        var encoderText = Required(props, EncoderKey).Trim().ToUpperInvariant();
        var lemmaEncoding = encoderText switch
        {
            "SUFFIX" => LemmaEncoding.Suffix,
            "PREFIX" => LemmaEncoding.Prefix,
            "INFIX" => LemmaEncoding.Infix,
            "NONE" => LemmaEncoding.None,
            _ => throw new FormatException($"'{EncoderKey}' must be SUFFIX, PREFIX, INFIX or NONE, got '{encoderText}'"),
        };

        return new DictionaryMetadata(
            props,
            separatorText[0],
            separatorBytes[0],
            encoding,
            lemmaEncoding,
            ParseBoolean(props, FrequencyKey),
            ParsePairs(props, InputConversionKey),
            ParsePairs(props, OutputConversionKey));
    }

    private static string Required(Dictionary<string, string> props, string key) =>
        props.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"required key '{key}' is missing");

    private static Encoding ResolveEncoding(string name)
    {
        try
        {
            // Strict: a word that cannot be encoded is simply not in the dictionary.
            var provider = CodePagesEncodingProvider.Instance;
            return provider.GetEncoding(name) is { } legacy
                ? provider.GetEncoding(legacy.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback)!
                : Encoding.GetEncoding(Encoding.GetEncoding(name).CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new FormatException($"'{EncodingKey}' names an unknown charset '{name}'", e);
        }
    }

    private static bool ParseBoolean(Dictionary<string, string> props, string key)
    {
        if (!props.TryGetValue(key, out var value))
        {
            return false;
        }

        return value.Trim().ToUpperInvariant() switch
        {
            "TRUE" or "YES" or "ON" => true,
            "FALSE" or "NO" or "OFF" or "" => false,
            _ => throw new FormatException($"'{key}' must be true or false, got '{value}'"),
        };
    }

    private static List<KeyValuePair<string, string>> ParsePairs(Dictionary<string, string> props, string key)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (!props.TryGetValue(key, out var value) || value.Trim().Length == 0)
        {
            return pairs;
        }

        foreach (var item in value.Split(','))
        {
            var parts = item.Trim().Split(' ');
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                throw new FormatException($"'{key}' must be 'from to' pairs separated by commas, got '{item.Trim()}'");
            }

            pairs.Add(new KeyValuePair<string, string>(parts[0], parts[1]));
        }

        return pairs;
    }
}

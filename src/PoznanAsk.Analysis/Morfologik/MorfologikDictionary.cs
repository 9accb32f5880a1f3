using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// A loaded Morfologik dictionary: the automaton (CFSA2 or FSA5) and its <c>.info</c> metadata.
/// Immutable and shared by all threads; each thread looks words up through its own
/// <see cref="MorfologikLookup"/> (<see cref="CreateLookup"/>). Loading checks the structure with a
/// full reachability walk (and a sha256 when one is supplied), so a truncated or corrupted file
/// fails at start with a <see cref="MorfologikDictionaryException"/> naming the file.
/// </summary>
public sealed class MorfologikDictionary
{
    /// <summary>sha256 of <c>polish.dict</c> from Debian's libmorfologik-stemming2-java 2.1.6 ("2.1 PoliMorf").</summary>
    public const string PolishDictionarySha256 = "47b5ba7e807d11112ba00f8cf615712b8615f92fcdf5e5e40463542733a1ebcb";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private MorfologikDictionary(Automaton automaton, DictionaryMetadata metadata, string dictionaryPath, TimeSpan loadTime)
    {
        Automaton = automaton;
        Metadata = metadata;
        DictionaryPath = dictionaryPath;
        LoadTime = loadTime;
    }

    /// <summary>The <c>.info</c> metadata (separator, charset, lemma encoding…).</summary>
    public DictionaryMetadata Metadata { get; }

    /// <summary>The <c>.dict</c> file this dictionary was loaded from.</summary>
    public string DictionaryPath { get; }

    /// <summary>Automaton format read: <c>CFSA2</c>, <c>FSA5</c> (optionally <c>+NUMBERS</c>).</summary>
    public string Format => Automaton.Format;

    /// <summary>Bytes of automaton data held in memory (the dictionary's footprint, bar a few objects).</summary>
    public long SizeInBytes => Automaton.Length;

    /// <summary>Wall time of <see cref="Load(string, string?, string?)"/> (read, checksum, validation).</summary>
    public TimeSpan LoadTime { get; }

    internal Automaton Automaton { get; }

    /// <summary>Loads the dictionary named by <paramref name="options"/> (validated first).</summary>
    /// <exception cref="MorfologikDictionaryException">A file is missing, unreadable or malformed.</exception>
    public static MorfologikDictionary Load(MorfologikOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Load(options.DictionaryFilePath, null, options.ExpectedSha256);
    }

    /// <summary>
    /// Loads <paramref name="dictionaryPath"/> and its metadata (<paramref name="infoPath"/>, default: the
    /// same name with <c>.info</c>). When <paramref name="expectedSha256"/> is given (hex), the <c>.dict</c>
    /// bytes must match it.
    /// </summary>
    /// <exception cref="MorfologikDictionaryException">A file is missing, unreadable or malformed, or the checksum differs.</exception>
    public static MorfologikDictionary Load(string dictionaryPath, string? infoPath = null, string? expectedSha256 = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(dictionaryPath);
        var watch = Stopwatch.StartNew();
        infoPath ??= Path.ChangeExtension(dictionaryPath, ".info");
        var metadata = ReadMetadata(infoPath);
        Automaton automaton;
        try
        {
            using var stream = new FileStream(dictionaryPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (expectedSha256 is not null)
            {
                CheckSha256(stream, dictionaryPath, expectedSha256);
            }

            automaton = Automaton.Read(stream);
            automaton.Validate();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new MorfologikDictionaryException(dictionaryPath, "not found (run scripts/setup to fetch the Morfologik Polish dictionary)", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MorfologikDictionaryException(dictionaryPath, "cannot be read: " + e.Message, e);
        }
        catch (FormatException e)
        {
            throw new MorfologikDictionaryException(dictionaryPath, "not a valid Morfologik automaton: " + e.Message, e);
        }

        return new MorfologikDictionary(automaton, metadata, dictionaryPath, watch.Elapsed);
    }

    /// <summary>A new lookup (reusable buffers; one per thread, not thread-safe itself).</summary>
    public MorfologikLookup CreateLookup() => new(this);

    private static DictionaryMetadata ReadMetadata(string infoPath)
    {
        try
        {
            return DictionaryMetadata.Parse(File.ReadAllText(infoPath, StrictUtf8));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new MorfologikDictionaryException(infoPath, "not found (the .info metadata must lie next to the .dict file)", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MorfologikDictionaryException(infoPath, "cannot be read: " + e.Message, e);
        }
        catch (DecoderFallbackException e)
        {
            throw new MorfologikDictionaryException(infoPath, "is not valid UTF-8", e);
        }
        catch (FormatException e)
        {
            throw new MorfologikDictionaryException(infoPath, "invalid metadata: " + e.Message, e);
        }
    }

    private static void CheckSha256(FileStream stream, string path, string expected)
    {
        var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        if (!string.Equals(actual, expected.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new MorfologikDictionaryException(path, $"sha256 {actual} differs from the expected {expected.Trim()} (truncated, corrupted or a different version)");
        }

        stream.Position = 0;
    }
}

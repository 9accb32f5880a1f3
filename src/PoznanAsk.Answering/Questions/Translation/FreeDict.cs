using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace PoznanAsk.Answering.Questions.Translation;

/// <summary>
/// An English–Polish dictionary in the dictd format FreeDict publishes (Debian package
/// <c>dict-freedict-eng-pol</c>, copied into <c>resources/freedict/</c> by <c>scripts/setup</c>):
/// an <c>.index</c> of headword, base64 offset and base64 length, and a dictzip'd <c>.dict</c> of
/// entries. An entry is a headword line and sense lines ("I.  &lt;N&gt; 1.  ludność"); the
/// translations are the comma-separated items of the sense lines, in the dictionary's order, without
/// labels ("[form]"), valency notes ("(to sth - na coś)"), idioms and phrasal verbs. Entries are parsed
/// on first lookup. Immutable and thread-safe.
/// </summary>
public sealed partial class FreeDict
{
    /// <summary>Where <c>scripts/setup</c> puts the dictionary, under the resources folder.</summary>
    public const string DefaultIndex = "freedict/freedict-eng-pol.index";

    /// <summary>The entries beside <see cref="DefaultIndex"/>.</summary>
    public const string DefaultData = "freedict/freedict-eng-pol.dict.dz";

    private const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private readonly Dictionary<string, (int Offset, int Length)> _index;
    private readonly byte[] _data;
    private readonly ConcurrentDictionary<string, string[]> _entries = new(StringComparer.Ordinal);

    private FreeDict(Dictionary<string, (int, int)> index, byte[] data)
    {
        _index = index;
        _data = data;
    }

    /// <summary>Number of headwords.</summary>
    public int Count => _index.Count;

    /// <summary>Loads the dictionary <c>scripts/setup</c> put into <paramref name="resourcesPath"/>.</summary>
    /// <exception cref="AnsweringException">A file is missing or not in the dictd format.</exception>
    public static FreeDict LoadFrom(string resourcesPath) =>
        Load(Path.Combine(resourcesPath, DefaultIndex), Path.Combine(resourcesPath, DefaultData));

    /// <summary>Loads the dictionary from its <c>.index</c> and <c>.dict.dz</c> (or uncompressed <c>.dict</c>) files.</summary>
    /// <exception cref="AnsweringException">A file is missing or not in the dictd format.</exception>
    public static FreeDict Load(string indexPath, string dictPath)
    {
        if (!File.Exists(indexPath) || !File.Exists(dictPath))
        {
            throw new AnsweringException($"English–Polish dictionary not found: {Path.GetFullPath(File.Exists(indexPath) ? dictPath : indexPath)} (run scripts/setup)");
        }

        byte[] data;
        try
        {
            using var file = File.OpenRead(dictPath);
            using var buffer = new MemoryStream();
            if (dictPath.EndsWith(".dz", StringComparison.OrdinalIgnoreCase))
            {
                using var gzip = new GZipStream(file, CompressionMode.Decompress);
                gzip.CopyTo(buffer);
            }
            else
            {
                file.CopyTo(buffer);
            }

            data = buffer.ToArray();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new AnsweringException($"English–Polish dictionary {Path.GetFullPath(dictPath)} cannot be read: {ex.Message}", ex);
        }

        var index = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(indexPath, Encoding.UTF8))
        {
            lineNumber++;
            var parts = line.Split('\t');
            if (parts.Length != 3 || !TryBase64(parts[1], out var offset) || !TryBase64(parts[2], out var length) || offset + (long)length > data.Length)
            {
                throw new AnsweringException($"English–Polish dictionary index {Path.GetFullPath(indexPath)}, line {lineNumber}: not a dictd index line.");
            }

            // Headwords repeat for homographs; the first entry is the dictionary's main one.
            index.TryAdd(parts[0].ToLowerInvariant(), ((int)offset, (int)length));
        }

        return new FreeDict(index, data);
    }

    /// <summary>The Polish translations of an English headword (lower case), best known first; empty when absent.</summary>
    public IReadOnlyList<string> Translations(string headword) =>
        _index.TryGetValue(headword, out var at) ? _entries.GetOrAdd(headword, _ => Parse(Encoding.UTF8.GetString(_data, at.Offset, at.Length))) : [];

    /// <summary>The translations of one entry's text (headword line first).</summary>
    internal static string[] Parse(string entry)
    {
        var result = new List<string>();
        foreach (var raw in entry.Split('\n').Skip(1))
        {
            var line = raw.TrimEnd();
            // Idioms ("(:in :the :event)" and their "- w wypadku" lines), phrasal verbs and compounds
            // are translations of other English words than the headword.
            if (line.Length == 0 || line.TrimStart().StartsWith('-') || line.Contains("(:", StringComparison.Ordinal)
                || line.Contains("<V Phras>", StringComparison.Ordinal) || line.Contains("<N Comp>", StringComparison.Ordinal))
            {
                continue;
            }

            // "I.  <N> 1.  ludność", " 2. the City  centrum Londynu": the translation is the last
            // segment after two spaces; what precedes it is numbering, part of speech or English usage.
            var segments = Gap().Split(line.Trim());
            var text = Bracketed().Replace(segments[^1], " ");
            // Single words are the translations proper; a phrase ("planować budżet") only when a line has
            // nothing else, and never one naming something ("centrum Londynu": a sense of "the City").
            var items = text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(i => Numbering().Replace(i, string.Empty).Trim())
                .Where(i => i.Length > 1 && i.Any(char.IsLetter) && !i.Any(c => c is '<' or '>' or '/' or '=') && !i.Split(' ').Any(w => w.Length > 0 && char.IsUpper(w[0])))
                .ToList();
            var single = items.Where(i => !i.Contains(' ', StringComparison.Ordinal)).ToList();
            foreach (var item in single.Count > 0 ? single : items.Take(1))
            {
                if (!result.Contains(item))
                {
                    result.Add(item);
                }
            }
        }

        return [.. result];
    }

    private static bool TryBase64(string text, out long value)
    {
        value = 0;
        foreach (var c in text)
        {
            var digit = Base64.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0 || value > int.MaxValue / 64)
            {
                return false;
            }

            value = (value * 64) + digit;
        }

        return text.Length > 0;
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Gap();

    [GeneratedRegex(@"\[[^\]]*\]|\([^)]*\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(?:[IVX]+\.|\d+\.|[a-z]\.)?\s*(?:<[^>]*>)?\s*(?:\d+\.)?\s*")]
    private static partial Regex Numbering();
}

using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace PoznanAsk.Knowledge.Index;

/// <summary>Lucene.Net's errors as the knowledge layer's: corrupt (naming the file), locked, missing, I/O.</summary>
internal static partial class IndexErrors
{
    /// <summary>What Lucene.Net's messages say when it rethrows a corruption as a plain <see cref="IOException"/> (retrying commits).</summary>
    private static readonly string[] CorruptionSigns =
    [
        "checksum failed", "read past EOF", "codec header mismatch", "codec footer mismatch", "misplaced codec footer",
        "Unknown format version", "invalid", "corrupt", "does not match", "file mismatch", "truncated",
    ];

    /// <summary>The knowledge exception for <paramref name="e"/>, or null when it is not an index error.</summary>
    public static KnowledgeException? Translate(string path, Exception e)
    {
        // Lucene.Net sometimes wraps the cause (a commit that fails to load is retried, then rethrown wrapped).
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is CorruptIndexException or EndOfStreamException)
            {
                e = inner;
                break;
            }
        }

        switch (e)
        {
            case KnowledgeException:
                return null;
            case IndexNotFoundException:
                return new KnowledgeException($"Brak indeksu w „{path}” – zbuduj go: poznanask index.", e);
            case LockObtainFailedException:
                return new KnowledgeException($"Indeks w „{path}” zapisuje teraz inny proces (blokada zapisu) – spróbuj ponownie, gdy skończy.", e);
            case CorruptIndexException or EndOfStreamException or FileNotFoundException or System.IO.DirectoryNotFoundException:
            case IOException when CorruptionSigns.Any(sign => e.Message.Contains(sign, StringComparison.OrdinalIgnoreCase)):
            {
                var file = FileOf(e);
                var where = file is null ? string.Empty : $" (plik „{file}”)";
                return new IndexCorruptException(path, file, $"Indeks w „{path}” jest uszkodzony{where}: {e.Message} – zbuduj go ponownie z raportów: poznanask index.", e);
            }

            case IOException or UnauthorizedAccessException:
                return new KnowledgeException($"Błąd zapisu lub odczytu indeksu w „{path}”: {e.Message}", e);
            case ObjectDisposedException:
                return new KnowledgeException($"Indeks w „{path}” został zamknięty.", e);
            default:
                return null;
        }
    }

    /// <summary>The file name Lucene's message names (<c>resource=…</c>, <c>_0.cfs</c>, <c>segments_2</c>), if any.</summary>
    private static string? FileOf(Exception e)
    {
        if (e is FileNotFoundException { FileName: { Length: > 0 } name })
        {
            return Path.GetFileName(name);
        }

        var m = PathFile().Match(e.Message);
        if (m.Success)
        {
            return m.Groups[1].Value;
        }

        m = FileName().Match(e.Message);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"path=""[^""]*[/\\]([^/\\""]+)""")]
    private static partial Regex PathFile();

    [GeneratedRegex(@"((?:_[0-9a-z]+(?:_[0-9a-z]+)*\.[a-z]+)|(?:segments(?:_[0-9a-z]+)?)|(?:segments\.gen))")]
    private static partial Regex FileName();
}

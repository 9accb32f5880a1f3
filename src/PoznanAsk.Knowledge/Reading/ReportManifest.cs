using System.Text.Json;

namespace PoznanAsk.Knowledge.Reading;

/// <summary>
/// The optional manifest of a reports folder (<c>manifest.json</c>):
/// <c>{"format": "poznanask-reports-manifest", "version": 1, "reports": [{"file", "title", "year", "section", "url"}]}</c>.
/// The format marker and version are checked; an unknown version or malformed JSON is an error
/// (a silently ignored manifest would silently change report years).
/// </summary>
public static class ReportManifest
{
    /// <summary>The value of the <c>format</c> member.</summary>
    public const string Format = "poznanask-reports-manifest";

    /// <summary>The only version read.</summary>
    public const int Version = 1;

    /// <summary>Parses manifest JSON into entries by file name (ordinal, case-sensitive).</summary>
    /// <exception cref="KnowledgeException">The JSON is malformed, of another format or version, or an entry lacks a file name.</exception>
    public static IReadOnlyDictionary<string, ManifestEntry> Parse(string json, string fileName = "manifest.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.GetString() != Format)
            {
                throw new KnowledgeException($"{fileName}: brak znacznika \"format\": \"{Format}\" (not a PoznanAsk reports manifest).");
            }

            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != Version)
            {
                throw new KnowledgeException($"{fileName}: nieobsługiwana wersja manifestu (unsupported version; expected {Version}).");
            }

            var result = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
            if (!root.TryGetProperty("reports", out var reports) || reports.ValueKind != JsonValueKind.Array)
            {
                throw new KnowledgeException($"{fileName}: brak tablicy \"reports\" (missing \"reports\" array).");
            }

            foreach (var report in reports.EnumerateArray())
            {
                var file = Text(report, "file");
                if (string.IsNullOrWhiteSpace(file))
                {
                    throw new KnowledgeException($"{fileName}: wpis bez nazwy pliku (an entry has no \"file\").");
                }

                int? year = report.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : null;
                result[file] = new ManifestEntry(file, Text(report, "title"), year, Text(report, "section"), Text(report, "url"));
            }

            return result;
        }
        catch (JsonException e)
        {
            throw new KnowledgeException($"{fileName}: niepoprawny JSON (invalid JSON): {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            throw new KnowledgeException($"{fileName}: niepoprawny typ wartości (wrong value type): {e.Message}", e);
        }
    }

    /// <summary>Loads the manifest at <paramref name="path"/>; none when the file does not exist.</summary>
    /// <exception cref="KnowledgeException">The manifest is malformed.</exception>
    public static IReadOnlyDictionary<string, ManifestEntry> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.Exists(path) ? Parse(File.ReadAllText(path), Path.GetFileName(path)) : new Dictionary<string, ManifestEntry>();
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

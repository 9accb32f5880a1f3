using System.Text.Json;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Passages;
using PoznanAsk.Knowledge.Reading;
using PoznanAsk.Knowledge.Registry;

namespace PoznanAsk.Knowledge.Ingest;

/// <summary>
/// Reads a reports folder incrementally against what was read before: files whose fingerprint
/// (SHA-256 of the bytes, the manifest entry, the parser version) is unchanged are not read again;
/// new and changed files are parsed; files gone are dropped. A file with the same bytes as another
/// is ingested once (the one ingested before, else the first by name) with a <c>duplicate-file</c> warning. Any unreadable file
/// throws before anything is returned, so a caller that persists only on success keeps its
/// previous state.
/// </summary>
internal static class FolderIngest
{
    /// <summary>Bumped when parsing rules change, so stored reports are re-read.</summary>
    public const int ParserVersion = 3;

    /// <summary>The outcome: every report now in the folder, the assembled knowledge and the report.</summary>
    public sealed record Outcome(IReadOnlyDictionary<string, StoredReport> Reports, IngestResult Result);

    /// <summary>Ingests <paramref name="folder"/> given the reports read before (by source name).</summary>
    /// <exception cref="KnowledgeException">The folder is missing, the manifest or alias file is malformed, or a report is unreadable (all problems listed).</exception>
    public static Outcome Run(string folder, IReadOnlyDictionary<string, StoredReport> previous, KnowledgeOptions options, Func<string, IReadOnlyList<string>>? stem, IIngestProgress? progress = null)
    {
        options.Validate();
        if (!Directory.Exists(folder))
        {
            throw new KnowledgeException($"Folder raportów nie istnieje (reports folder not found): {folder}");
        }

        IReadOnlyDictionary<string, ManifestEntry> manifest;
        IReadOnlyList<CuratedAlias> curated;
        SortedSet<string> files;
        var skipped = new List<SkippedFile>();
        try
        {
            manifest = ReportManifest.Load(Path.Combine(folder, options.ManifestFileName));
            curated = AliasFile.Load(Path.Combine(folder, options.AliasFileName));
            files = ListFiles(folder, options, skipped);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KnowledgeException($"Nie można odczytać folderu raportów (cannot read the reports folder) {folder}: {e.Message}", e);
        }

        var folderWarnings = new List<IngestWarning>();
        foreach (var missing in manifest.Keys.Where(k => !files.Contains(k)).Order(StringComparer.Ordinal))
        {
            folderWarnings.Add(new IngestWarning(options.ManifestFileName, "manifest-missing-file", $"Manifest opisuje plik „{missing}”, którego nie ma w folderze raportów."));
        }

        var current = new Dictionary<string, StoredReport>(StringComparer.Ordinal);
        var (added, updated, unchanged, duplicates) = (new List<string>(), new List<string>(), new List<string>(), new List<string>());
        var firstByHash = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<string>();
        // Files already ingested come first, so a new copy of a known file is the duplicate, not the original.
        progress?.Started(files.Count);
        var number = 0;
        foreach (var source in files.OrderBy(f => previous.ContainsKey(f) ? 0 : 1).ThenBy(f => f, StringComparer.Ordinal))
        {
            number++;
            var path = Path.Combine(folder, source);
            var length = new FileInfo(path).Length;
            if (length > options.MaxFileBytes)
            {
                errors.Add($"{source}: plik ma {length} B, więcej niż limit {options.MaxFileBytes} B (file too large).");
                continue;
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"{source}: nie można odczytać pliku (cannot read): {e.Message}");
                continue;
            }

            var hash = StableId.Sha256(bytes);
            if (firstByHash.TryGetValue(hash, out var original))
            {
                duplicates.Add(source);
                folderWarnings.Add(new IngestWarning(source, "duplicate-file", $"Plik ma tę samą zawartość co „{original}” – pominięto go, zawartość zapisano raz."));
                skipped.Add(new SkippedFile(source, $"ta sama zawartość co „{original}”"));
                progress?.FileStarted(source, number, reused: true);
                progress?.FileDone(source, 0, 0, "pominięty – " + skipped[^1].Reason);
                continue;
            }

            firstByHash[hash] = source;
            var entry = manifest.GetValueOrDefault(source);
            var fingerprint = $"{hash}|{ParserVersion}|{JsonSerializer.Serialize(entry)}";
            if (previous.TryGetValue(source, out var stored) && stored.Fingerprint == fingerprint)
            {
                unchanged.Add(source);
                current[source] = stored;
                progress?.FileStarted(source, number, reused: true);
                progress?.FileDone(source, stored.Report.Passages.Count, stored.Report.Info.Pages ?? 0, null);
                continue;
            }

            try
            {
                progress?.FileStarted(source, number, reused: false);
                var parsed = ReportParser.Parse(source, bytes, entry, progress is null ? null : (read, total) => progress.PagesRead(source, read, total));
                current[source] = new StoredReport(fingerprint, parsed);
                (previous.ContainsKey(source) ? updated : added).Add(source);
                progress?.FileDone(source, parsed.Passages.Count, parsed.Info.Pages ?? 0, null);
            }
            catch (ReportReadException e)
            {
                errors.Add(e.Message);
                progress?.FileDone(source, 0, 0, "BŁĄD – " + e.Message);
            }
        }

        if (errors.Count > 0)
        {
            throw new KnowledgeException("Nie zaktualizowano indeksu – pliki nie do odczytania (index left unchanged; unreadable files):\n" + string.Join('\n', errors));
        }

        added.Sort(StringComparer.Ordinal);
        updated.Sort(StringComparer.Ordinal);
        unchanged.Sort(StringComparer.Ordinal);
        duplicates.Sort(StringComparer.Ordinal);
        var removed = previous.Keys.Where(k => !current.ContainsKey(k)).Order(StringComparer.Ordinal).ToArray();
        var knowledge = KnowledgeAssembler.Assemble(current.Values.Select(s => s.Report), curated, stem, folderWarnings);
        var factsByYear = knowledge.Memberships.GroupBy(m => (m.Year, m.Scope)).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Scope)
            .Select(g => new FactCount(g.Key.Year, g.Key.Scope, g.Count())).ToArray();
        var report = new IngestReport(added, updated, unchanged, removed, duplicates, knowledge.Warnings,
            knowledge.Passages.Count, knowledge.Memberships.Count, knowledge.Events.Count, knowledge.Activities.Count, knowledge.Organisations.Count,
            knowledge.Reports.Sum(r => r.Pages ?? 0), factsByYear, skipped.OrderBy(s => s.Source, StringComparer.Ordinal).ToArray());
        return new Outcome(current, new IngestResult(knowledge, report));
    }

    private static SortedSet<string> ListFiles(string folder, KnowledgeOptions options, List<SkippedFile> skipped)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.'))
                || relative == options.ManifestFileName || relative == options.AliasFileName)
            {
                continue;
            }

            if (!options.Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            {
                // A browser's "save page" folder (page_files/) holds images, scripts and styles: not reports, not worth a line.
                if (!relative.Split('/').SkipLast(1).Any(part => part.EndsWith("_files", StringComparison.Ordinal)))
                {
                    skipped.Add(new SkippedFile(relative, $"format „{Path.GetExtension(path)}” nie jest raportem (czytane: {string.Join(", ", options.Extensions)})"));
                }

                continue;
            }

            result.Add(relative);
        }

        return result;
    }
}

using PoznanAsk.Analysis;

namespace PoznanAsk.Knowledge.Ingest;

/// <summary>
/// Builds a knowledge base from a reports folder in memory (no index). The persisted, incremental
/// variant is <c>KnowledgeIndex</c>; both share the same reading rules.
/// </summary>
public static class KnowledgeLoader
{
    /// <summary>Reads every report in <paramref name="reportsPath"/> (with its manifest and alias file, when present).</summary>
    /// <param name="reportsPath">The reports folder.</param>
    /// <param name="options">Options; defaults when null.</param>
    /// <param name="analyzer">Optional analyzer whose stems make name matching tolerant of Polish inflection beyond the built-in ending rule.</param>
    /// <exception cref="KnowledgeException">The folder is missing, a report is unreadable, or the manifest/alias file is malformed.</exception>
    public static IngestResult LoadFolder(string reportsPath, KnowledgeOptions? options = null, Analyzer? analyzer = null)
    {
        ArgumentNullException.ThrowIfNull(reportsPath);
        var outcome = FolderIngest.Run(reportsPath, new Dictionary<string, StoredReport>(), options ?? new KnowledgeOptions(), Stemmer(analyzer));
        return outcome.Result;
    }

    /// <summary>Adapts an analyzer to a one-word stemmer: every term it gives the word (lemmas stack), none for a stop word.</summary>
    internal static Func<string, IReadOnlyList<string>>? Stemmer(Analyzer? analyzer) =>
        analyzer is null ? null : word => analyzer.Analyze(word).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToArray();
}

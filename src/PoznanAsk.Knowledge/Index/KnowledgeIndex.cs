using System.Security.Cryptography;
using PoznanAsk.Analysis;
using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Search;
using PoznanAsk.Search.Indexing;
using PoznanAsk.Search.Querying;
using PoznanAsk.Search.Reading;
using F = PoznanAsk.Knowledge.Index.KnowledgeFields;
using K = PoznanAsk.Knowledge.Index.KnowledgeKinds;

namespace PoznanAsk.Knowledge.Index;

/// <summary>
/// The persisted knowledge: passages, facts, events, lists, reports and the organisation registry
/// stored as documents of one search index. <see cref="Update"/> ingests a reports folder
/// incrementally and writes everything in ONE commit; if anything fails (an unreadable file, a bad
/// manifest) nothing is committed and the previous index stays as it was. Opening reloads the
/// knowledge base from the stored documents. Thread-safe: readers take <see cref="Current"/>, updates
/// are serialised.
/// </summary>
public sealed class KnowledgeIndex
{
    /// <summary>The commit user-data key holding the knowledge format version.</summary>
    public const string FormatKey = "knowledge-format";

    /// <summary>The knowledge format version written and read.</summary>
    public const string FormatVersion = "1";

    private const string AliasesKey = "knowledge-aliases-sha256";
    private const string ManifestKey = "knowledge-manifest-sha256";

    private readonly string _path;
    private readonly PolishAnalysis _analysis;
    private readonly KnowledgeOptions _options;
    private readonly Lock _updateLock = new();
    private volatile State _state;

    private KnowledgeIndex(string path, PolishAnalysis analysis, KnowledgeOptions options, State state)
    {
        _path = path;
        _analysis = analysis;
        _options = options;
        _state = state;
    }

    private sealed record State(KnowledgeSnapshot Snapshot, IndexReader Reader, IReadOnlyDictionary<string, StoredReport> Reports);

    /// <summary>The current knowledge base.</summary>
    public Model.KnowledgeBase Knowledge => _state.Snapshot.Knowledge;

    /// <summary>Search over the current commit.</summary>
    public IKnowledgeSearch Search => _state.Snapshot.Search;

    /// <summary>Knowledge and searcher of the same commit (take this once per request).</summary>
    public KnowledgeSnapshot Current => _state.Snapshot;

    /// <summary>The index folder.</summary>
    public string IndexPath => _path;

    /// <summary>Opens an existing knowledge index.</summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="analysis">The Polish analyzers (the schema uses <c>polish</c>, <c>polish-folded</c> and <c>polish-lemma</c>: register it with <c>WithAnalyzer(PolishLemmaAnalyzer.Load(options))</c>).</param>
    /// <param name="options">Knowledge options; defaults when null.</param>
    /// <exception cref="KnowledgeException">No index there, it is corrupt or of another format, or <paramref name="analysis"/> lacks <c>polish-lemma</c>.</exception>
    public static KnowledgeIndex Open(string indexPath, PolishAnalysis analysis, KnowledgeOptions? options = null) =>
        OpenCore(indexPath, analysis, options, create: false);

    /// <summary>Opens the knowledge index, creating an empty one when the folder has none.</summary>
    /// <exception cref="KnowledgeException">The index is corrupt, locked or of another format, or the analysis lacks <c>polish-lemma</c>.</exception>
    public static KnowledgeIndex OpenOrCreate(string indexPath, PolishAnalysis analysis, KnowledgeOptions? options = null) =>
        OpenCore(indexPath, analysis, options, create: true);

    /// <summary>
    /// Ingests <paramref name="reportsPath"/>: new and changed files are read, removed files dropped,
    /// the registry and facts rebuilt, all in one commit. Returns what was done.
    /// </summary>
    /// <param name="reportsPath">The reports folder.</param>
    /// <param name="progress">Told about every file (and every few pages of a PDF) as the ingest goes.</param>
    /// <exception cref="KnowledgeException">A file is unreadable, the manifest or alias file is malformed, or the index cannot be written; the index is unchanged.</exception>
    public IngestReport Update(string reportsPath, IIngestProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(reportsPath);
        lock (_updateLock)
        {
            var state = _state;
            var outcome = FolderIngest.Run(reportsPath, state.Reports, _options, KnowledgeLoader.Stemmer(NameAnalyzer(_analysis)), progress);
            var report = outcome.Result.Report;
            var userData = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [FormatKey] = FormatVersion,
                [AliasesKey] = FileHash(Path.Combine(reportsPath, _options.AliasFileName)),
                [ManifestKey] = FileHash(Path.Combine(reportsPath, _options.ManifestFileName)),
            };
            if (report.NothingChanged && SameUserData(state.Reader.UserData, userData))
            {
                return report;
            }

            Commit(outcome, userData);
            var reader = state.Reader.Refresh();
            var snapshot = new KnowledgeSnapshot(outcome.Result.Knowledge, new KnowledgeSearch(new IndexSearcher(reader), IndexAnalyzers.Of(_analysis)), reader.Generation);
            _state = new State(snapshot, reader, outcome.Reports);
            return report;
        }
    }

    /// <summary>Picks up a commit made by another process (e.g. <c>poznanask index</c> while the web host runs); true when it changed.</summary>
    /// <exception cref="KnowledgeException">The new commit cannot be read.</exception>
    public bool Refresh()
    {
        lock (_updateLock)
        {
            var state = _state;
            var reader = Wrap(() => state.Reader.Refresh());
            if (reader.Generation == state.Reader.Generation)
            {
                return false;
            }

            _state = Load(reader, _analysis);
            return true;
        }
    }

    private void Commit(FolderIngest.Outcome outcome, Dictionary<string, string> userData)
    {
        var report = outcome.Result.Report;
        Wrap(() =>
        {
            using var writer = IndexWriter.Open(SearchOptionsFor(_path), SchemaFor(_analysis), AnalyzersFor(_analysis));
            try
            {
                foreach (var source in report.Updated.Concat(report.Removed))
                {
                    writer.DeleteByTerm(F.Source, source);
                }

                foreach (var kind in new[] { K.Fact, K.Event, K.Organisation, K.Activity, K.Warning })
                {
                    writer.DeleteByTerm(F.Kind, kind);
                }

                foreach (var source in report.Added.Concat(report.Updated))
                {
                    foreach (var doc in KnowledgeDocuments.ForFile(outcome.Reports[source]))
                    {
                        writer.Add(doc);
                    }
                }

                var knowledge = outcome.Result.Knowledge;
                var fileWarnings = outcome.Reports.Values.SelectMany(r => r.Report.Warnings).ToHashSet();
                foreach (var doc in KnowledgeDocuments.Derived(knowledge).Concat(KnowledgeDocuments.Warnings(knowledge.Warnings.Where(w => !fileWarnings.Contains(w)))))
                {
                    writer.Add(doc);
                }

                writer.Commit(userData);
            }
            catch
            {
                writer.Rollback();
                throw;
            }

            return 0;
        });
    }

    private static KnowledgeIndex OpenCore(string indexPath, PolishAnalysis analysis, KnowledgeOptions? options, bool create)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        ArgumentNullException.ThrowIfNull(analysis);
        options ??= new KnowledgeOptions();
        options.Validate();
        var schema = SchemaFor(analysis);
        var path = Path.GetFullPath(indexPath);
        var reader = Wrap(() =>
        {
            try
            {
                return IndexReader.Open(path);
            }
            catch (IndexNotFoundException) when (create)
            {
                using var writer = IndexWriter.Open(SearchOptionsFor(path), schema, AnalyzersFor(analysis));
                writer.Commit(new Dictionary<string, string> { [FormatKey] = FormatVersion });
                return IndexReader.Open(path);
            }
        });

        if (!reader.UserData.TryGetValue(FormatKey, out var format) || format != FormatVersion)
        {
            throw new KnowledgeException($"Indeks w „{path}” nie jest indeksem wiedzy PoznanAsk w wersji {FormatVersion} (not a knowledge index of this version) – zbuduj go ponownie.");
        }

        if (!reader.Schema.Equals(schema))
        {
            throw new KnowledgeException($"Indeks w „{path}” ma inny schemat pól (schema differs: {reader.Schema}) – zbuduj go ponownie.");
        }

        return new KnowledgeIndex(path, analysis, options, Load(reader, analysis));
    }

    private static State Load(IndexReader reader, PolishAnalysis analysis)
    {
        var loaded = KnowledgeReload.Load(reader);
        var search = new KnowledgeSearch(new IndexSearcher(reader), IndexAnalyzers.Of(analysis));
        return new State(new KnowledgeSnapshot(loaded.Knowledge, search, reader.Generation), reader, loaded.Reports);
    }

    /// <summary>
    /// The index schema for <paramref name="analysis"/>: <c>text</c> (polish), <c>text.folded</c> (polish-folded),
    /// <c>text.lemma</c> (polish-lemma) — the chain chosen by measured retrieval (docs/index-chain.md).
    /// </summary>
    /// <exception cref="KnowledgeException">An analyzer the schema needs (e.g. <c>polish-lemma</c>) is not in <paramref name="analysis"/>.</exception>
    internal static Search.Schema.IndexSchema SchemaFor(PolishAnalysis analysis)
    {
        if (!analysis.TryGet(PolishAnalysis.LemmaName, out var lemma))
        {
            throw new KnowledgeException(
                $"Indeks wiedzy wymaga analizatora „{PolishAnalysis.LemmaName}” (słownik Morfologik), którego brak (the knowledge index schema needs analyzer '{PolishAnalysis.LemmaName}'; " +
                $"loaded: {string.Join(", ", analysis.Names.Order(StringComparer.Ordinal))}) – wczytaj go: analysis.WithAnalyzer(PolishLemmaAnalyzer.Load(options)).");
        }

        return KnowledgeFields.Schema(analysis.Stemmed, analysis.Folded, lemma);
    }

    private static Analysis.Analyzer[] AnalyzersFor(PolishAnalysis analysis) =>
        [analysis.Stemmed, analysis.Folded, analysis.Get(PolishAnalysis.LemmaName)];

    /// <summary>The analyzer whose terms help match inflected names: Morfologik lemmas when registered (exact lemmas), else Stempel stems.</summary>
    internal static Analysis.Analyzer NameAnalyzer(PolishAnalysis analysis) =>
        analysis.TryGet(PolishAnalysis.LemmaName, out var lemma) ? lemma : analysis.Stemmed;

    private static SearchOptions SearchOptionsFor(string path) => new() { IndexPath = path };

    private static bool SameUserData(IReadOnlyDictionary<string, string> stored, Dictionary<string, string> now) =>
        now.All(p => stored.TryGetValue(p.Key, out var v) && v == p.Value);

    private static string FileHash(string path) =>
        File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) : "none";

    private static T Wrap<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SearchException e)
        {
            throw new KnowledgeException("Błąd indeksu (index error): " + e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KnowledgeException("Błąd zapisu lub odczytu indeksu (index I/O error): " + e.Message, e);
        }
    }
}

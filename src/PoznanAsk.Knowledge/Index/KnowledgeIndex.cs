using System.Security.Cryptography;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using PoznanAsk.Analysis;
using PoznanAsk.Knowledge.Ingest;
using F = PoznanAsk.Knowledge.Index.KnowledgeFields;
using K = PoznanAsk.Knowledge.Index.KnowledgeKinds;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PoznanAsk.Knowledge.Index;

/// <summary>
/// The persisted knowledge: passages, facts, events, lists, reports and the organisation registry
/// stored as documents of one Lucene.Net index. <see cref="Update"/> ingests a reports folder
/// incrementally and writes everything in ONE commit; if anything fails (an unreadable file, a bad
/// manifest) the writer rolls back and the previous commit stays. The writer (and its lock) exists
/// only during an update: <see cref="Open"/> reads the last commit and never takes the lock, so
/// searches run while <c>poznanask index</c> writes. Readers come from a <see cref="SearcherManager"/>
/// refreshed after each commit; every commit's files are checksum-verified when first opened.
/// Thread-safe: readers take <see cref="Current"/>, updates are serialised.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    /// <summary>The commit user-data key holding the knowledge format version.</summary>
    public const string FormatKey = "knowledge-format";

    /// <summary>The knowledge format version written and read (2: Lucene.Net 4.8).</summary>
    public const string FormatVersion = "2";

    private const string SchemaKey = "knowledge-schema";
    private const string AliasesKey = "knowledge-aliases-sha256";
    private const string ManifestKey = "knowledge-manifest-sha256";

    private readonly string _path;
    private readonly LuceneDirectory _directory;
    private readonly PolishAnalysis _analysis;
    private readonly KnowledgeSchema _schema;
    private readonly KnowledgeOptions _options;
    private readonly SearcherManager _manager;
    private readonly System.Threading.Lock _updateLock = new();
    private volatile State _state;
    private IndexSearcher? _retired;

    private KnowledgeIndex(string path, LuceneDirectory directory, PolishAnalysis analysis, KnowledgeSchema schema, KnowledgeOptions options)
    {
        _path = path;
        _directory = directory;
        _analysis = analysis;
        _schema = schema;
        _options = options;
        _manager = new SearcherManager(directory, new BM25SearcherFactory());
        _state = Load(_manager.Acquire());
    }

    private sealed record State(KnowledgeSnapshot Snapshot, IndexSearcher Searcher, IReadOnlyDictionary<string, StoredReport> Reports, IDictionary<string, string> UserData);

    /// <summary>The current knowledge base.</summary>
    public Model.KnowledgeBase Knowledge => _state.Snapshot.Knowledge;

    /// <summary>Search over the current commit.</summary>
    public IKnowledgeSearch Search => _state.Snapshot.Search;

    /// <summary>Knowledge and search of the same commit (take this once per request).</summary>
    public KnowledgeSnapshot Current => _state.Snapshot;

    /// <summary>The index folder (empty for an in-memory index).</summary>
    public string IndexPath => _path;

    /// <summary>Opens the last commit of an existing knowledge index, read-only (no writer lock is taken).</summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="analysis">The Polish analyzers (the schema uses <c>polish</c>, <c>polish-folded</c> and <c>polish-lemma</c>).</param>
    /// <param name="options">Knowledge options; defaults when null.</param>
    /// <exception cref="IndexCorruptException">A file of the commit is damaged.</exception>
    /// <exception cref="KnowledgeException">No index there, it is of another format, or <paramref name="analysis"/> lacks <c>polish-lemma</c>.</exception>
    public static KnowledgeIndex Open(string indexPath, PolishAnalysis analysis, KnowledgeOptions? options = null) =>
        OpenCore(indexPath, analysis, options, create: false);

    /// <summary>Opens the knowledge index, creating an empty one when the folder has none.</summary>
    /// <exception cref="IndexCorruptException">A file of the commit is damaged.</exception>
    /// <exception cref="KnowledgeException">The index is locked (while creating), of another format, or the analysis lacks <c>polish-lemma</c>.</exception>
    public static KnowledgeIndex OpenOrCreate(string indexPath, PolishAnalysis analysis, KnowledgeOptions? options = null) =>
        OpenCore(indexPath, analysis, options, create: true);

    /// <summary>Whether <paramref name="indexPath"/> holds a Lucene index commit (reads the folder only, takes no lock).</summary>
    public static bool Exists(string indexPath)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        if (!System.IO.Directory.Exists(indexPath))
        {
            return false;
        }

        using var directory = IndexDirectory.Open(Path.GetFullPath(indexPath));
        return DirectoryReader.IndexExists(directory);
    }

    /// <summary>An empty knowledge index in memory (<see cref="RAMDirectory"/>; tests, hosts without an index folder).</summary>
    /// <exception cref="KnowledgeException">The analysis lacks <c>polish-lemma</c>.</exception>
    public static KnowledgeIndex InMemory(PolishAnalysis analysis, KnowledgeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        options ??= new KnowledgeOptions();
        options.Validate();
        var schema = SchemaFor(analysis);
        var directory = new RAMDirectory();
        CreateEmpty(directory, schema);
        return new KnowledgeIndex(string.Empty, directory, analysis, schema, options);
    }

    /// <summary>
    /// Ingests <paramref name="reportsPath"/>: new and changed files are read, removed files dropped,
    /// the registry and facts rebuilt, all in one commit. Returns what was done.
    /// </summary>
    /// <param name="reportsPath">The reports folder.</param>
    /// <param name="progress">Told about every file (and every few pages of a PDF) as the ingest goes.</param>
    /// <exception cref="KnowledgeException">A file is unreadable, the manifest or alias file is malformed, another writer holds the index, or the index cannot be written; the index is unchanged.</exception>
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
                [SchemaKey] = _schema.Signature,
                [AliasesKey] = FileHash(Path.Combine(reportsPath, _options.AliasFileName)),
                [ManifestKey] = FileHash(Path.Combine(reportsPath, _options.ManifestFileName)),
            };
            if (report.NothingChanged && SameUserData(state.UserData, userData))
            {
                return report;
            }

            Wrap(() => Commit(outcome, userData));
            Wrap(() => _manager.MaybeRefreshBlocking());
            Swap(Wrap(() => Load(_manager.Acquire(), outcome.Result.Knowledge, outcome.Reports)));
            return report;
        }
    }

    /// <summary>Picks up a commit made by another process (e.g. <c>poznanask index</c> while the web host runs); true when it changed.</summary>
    /// <exception cref="KnowledgeException">The new commit cannot be read (the current one stays).</exception>
    public bool Refresh()
    {
        lock (_updateLock)
        {
            if (!Wrap(() => _manager.MaybeRefresh()))
            {
                return false;
            }

            var searcher = _manager.Acquire();
            if (ReferenceEquals(searcher.IndexReader, _state.Searcher.IndexReader))
            {
                _manager.Release(searcher);
                return false;
            }

            Swap(Wrap(() => Load(searcher)));
            return true;
        }
    }

    /// <summary>Releases the readers and the directory.</summary>
    public void Dispose()
    {
        lock (_updateLock)
        {
            Release(_retired);
            _retired = null;
            Release(_state.Searcher);
            _manager.Dispose();
            _directory.Dispose();
        }
    }

    /// <summary>
    /// The schema for <paramref name="analysis"/>: <c>text</c> (polish), <c>text.folded</c> (polish-folded),
    /// <c>text.lemma</c> (polish-lemma) — the chain chosen by measured retrieval (docs/index-chain.md).
    /// </summary>
    /// <exception cref="KnowledgeException">An analyzer the schema needs (e.g. <c>polish-lemma</c>) is not in <paramref name="analysis"/>.</exception>
    internal static KnowledgeSchema SchemaFor(PolishAnalysis analysis)
    {
        if (!analysis.TryGet(PolishAnalysis.LemmaName, out _))
        {
            throw new KnowledgeException(
                $"Indeks wiedzy wymaga analizatora „{PolishAnalysis.LemmaName}” (słownik Morfologik), którego brak (wczytane: " +
                $"{string.Join(", ", analysis.Names.Order(StringComparer.Ordinal))}) – wczytaj go: analysis.WithAnalyzer(PolishLemmaAnalyzer.Load(options)).");
        }

        return new KnowledgeSchema(IndexAnalyzers.Of(analysis));
    }

    /// <summary>The analyzer whose terms help match inflected names: Morfologik lemmas when registered (exact lemmas), else Stempel stems.</summary>
    internal static Analysis.Analyzer NameAnalyzer(PolishAnalysis analysis) =>
        analysis.TryGet(PolishAnalysis.LemmaName, out var lemma) ? lemma : analysis.Stemmed;

    private static KnowledgeIndex OpenCore(string indexPath, PolishAnalysis analysis, KnowledgeOptions? options, bool create)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        ArgumentNullException.ThrowIfNull(analysis);
        options ??= new KnowledgeOptions();
        options.Validate();
        var schema = SchemaFor(analysis);
        var path = Path.GetFullPath(indexPath);
        var directory = Wrap(path, () =>
        {
            if (!create && !System.IO.Directory.Exists(path))
            {
                throw new KnowledgeException($"Brak indeksu w „{path}” – zbuduj go: poznanask index.");
            }

            var d = IndexDirectory.Open(path);
            if (!DirectoryReader.IndexExists(d))
            {
                if (!create)
                {
                    d.Dispose();
                    throw new KnowledgeException($"Brak indeksu w „{path}” – zbuduj go: poznanask index.");
                }

                CreateEmpty(d, schema);
            }

            return d;
        });

        try
        {
            var index = Wrap(path, () => new KnowledgeIndex(path, directory, analysis, schema, options));
            var data = index._state.UserData;
            if (!data.TryGetValue(FormatKey, out var format) || format != FormatVersion)
            {
                index.Dispose();
                throw new KnowledgeException($"Indeks w „{path}” nie jest indeksem wiedzy PoznanAsk w wersji {FormatVersion} – zbuduj go ponownie: poznanask index.");
            }

            if (data.TryGetValue(SchemaKey, out var signature) && signature != schema.Signature)
            {
                index.Dispose();
                throw new KnowledgeException($"Indeks w „{path}” zbudowano innymi analizatorami ({signature}) – zbuduj go ponownie: poznanask index.");
            }

            return index;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    private static void CreateEmpty(LuceneDirectory directory, KnowledgeSchema schema)
    {
        using var writer = new IndexWriter(directory, KnowledgeSearch.WriterConfig(schema));
        writer.SetCommitData(new Dictionary<string, string> { [FormatKey] = FormatVersion, [SchemaKey] = schema.Signature });
        writer.Commit();
    }

    private void Commit(FolderIngest.Outcome outcome, Dictionary<string, string> userData)
    {
        var report = outcome.Result.Report;
        using var writer = new IndexWriter(_directory, KnowledgeSearch.WriterConfig(_schema));
        try
        {
            foreach (var source in report.Updated.Concat(report.Removed))
            {
                writer.DeleteDocuments(new Term(F.Source, source));
            }

            foreach (var kind in new[] { K.Fact, K.Event, K.Organisation, K.Activity, K.Warning })
            {
                writer.DeleteDocuments(new Term(F.Kind, kind));
            }

            foreach (var source in report.Added.Concat(report.Updated))
            {
                writer.AddDocuments(KnowledgeDocuments.ForFile(_schema, outcome.Reports[source]));
            }

            var knowledge = outcome.Result.Knowledge;
            var fileWarnings = outcome.Reports.Values.SelectMany(r => r.Report.Warnings).ToHashSet();
            writer.AddDocuments(KnowledgeDocuments.Derived(_schema, knowledge)
                .Concat(KnowledgeDocuments.Warnings(_schema, knowledge.Warnings.Where(w => !fileWarnings.Contains(w)))));
            writer.SetCommitData(userData);
            writer.Commit();
        }
        catch
        {
            writer.Rollback();
            throw;
        }
    }

    private State Load(IndexSearcher searcher, Model.KnowledgeBase? knowledge = null, IReadOnlyDictionary<string, StoredReport>? reports = null)
    {
        try
        {
            var reader = (DirectoryReader)searcher.IndexReader;
            foreach (var leaf in reader.Leaves)
            {
                // Lucene 4.8 verifies checksums on merge only; a commit is verified here, once, when first opened.
                leaf.AtomicReader.CheckIntegrity();
            }

            if (knowledge is null || reports is null)
            {
                var loaded = KnowledgeReload.Load(reader);
                (knowledge, reports) = (loaded.Knowledge, loaded.Reports);
            }

            var userData = reader.IndexCommit.UserData;
            var snapshot = new KnowledgeSnapshot(knowledge, new KnowledgeSearch(searcher, _schema), reader.IndexCommit.Generation);
            return new State(snapshot, searcher, reports, userData);
        }
        catch
        {
            _manager.Release(searcher);
            throw;
        }
    }

    /// <summary>
    /// Makes <paramref name="next"/> current. Requests in flight may still read the previous snapshot,
    /// so its reader stays open until the swap after this one.
    /// </summary>
    private void Swap(State next)
    {
        Release(_retired);
        _retired = _state.Searcher;
        _state = next;
    }

    private void Release(IndexSearcher? searcher)
    {
        if (searcher is not null)
        {
            _manager.Release(searcher);
        }
    }

    private static bool SameUserData(IDictionary<string, string> stored, Dictionary<string, string> now) =>
        now.All(p => stored.TryGetValue(p.Key, out var v) && v == p.Value);

    private static string FileHash(string path) =>
        File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) : "none";

    private T Wrap<T>(Func<T> action) => Wrap(_path, action);

    private void Wrap(Action action) => Wrap(_path, () =>
    {
        action();
        return 0;
    });

    private static T Wrap<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (IndexErrors.Translate(path, e) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>Searchers with the index's similarity (BM25).</summary>
    private sealed class BM25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => KnowledgeSearch.NewSearcher(reader);
    }
}

using PoznanAsk.Analysis;
using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Answering.Questions.Translation;
using PoznanAsk.Answering.Retrieval;
using PoznanAsk.Knowledge;
using PoznanAsk.Knowledge.Index;
using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Service;

/// <summary>
/// The composition root the hosts (CLI, web) call: loads the analyzers, opens the knowledge index
/// (creating it when missing), updates it from the reports folder (new and changed files only, in
/// one commit; or, in <see cref="IndexMode.ReadLastCommit"/>, reads the last commit without taking the
/// writer lock) and serves the turn handler and the report service over that commit. Without
/// <see cref="EngineOptions.IndexPath"/> the index lives in memory.
/// <see cref="Reload"/> and <see cref="Refresh"/> swap knowledge, answering and search together;
/// requests in flight keep the snapshot they started with.
/// </summary>
public sealed class PoznanAskEngine : IDisposable
{
    private readonly EngineOptions? _options;
    private readonly KnowledgeIndex? _index;
    private readonly Analyzer? _analyzer;
    private readonly PolishAnalysis? _analysis;
    private readonly FreeDict? _dictionary;
    private readonly Lock _swap = new();
    private volatile EngineSnapshot _snapshot;

    private PoznanAskEngine(EngineSnapshot snapshot, Analyzer? analyzer, PolishAnalysis? analysis, FreeDict? dictionary, EngineOptions? options, KnowledgeIndex? index, TurnHandlerOptions turnOptions, Action<Exception, string>? onError, IFollowUpStore? followUps = null, TimeProvider? time = null, CacheOptions? cache = null)
    {
        cache ??= CacheOptions.Off;
        _snapshot = snapshot;
        _dictionary = dictionary;
        _analyzer = analyzer;
        _analysis = analysis;
        _options = options;
        _index = index;
        TurnHandler = new TurnHandler(() => _snapshot.Composer, turnOptions, onError, followUps, time, cache.AnswerEntries);
        Reports = new ReportService(() => _snapshot, cache.SearchEntries);
    }

    /// <summary>The turn handler for every front end.</summary>
    public ITurnHandler TurnHandler { get; }

    /// <summary>Search, facts and diffs over the same knowledge base.</summary>
    public IReportService Reports { get; }

    /// <summary>The current knowledge base.</summary>
    public KnowledgeBase Knowledge => _snapshot.Composer.Context.View.Knowledge;

    /// <summary>What the last update of the index did (null when built from a knowledge base directly).</summary>
    public IngestReport? LastIngest { get; private set; }

    /// <summary>The analyzer used for matching questions, or null.</summary>
    public Analyzer? Analyzer => _analyzer;

    internal AnswerComposer Composer => _snapshot.Composer;

    /// <summary>Validates <paramref name="options"/>, loads the analyzers, opens or creates the index and updates it from the reports folder.</summary>
    /// <exception cref="AnsweringException">Options are invalid, a resource is missing, the index is corrupt or locked, or the reports cannot be read.</exception>
    public static PoznanAskEngine Open(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var (analysis, analyzer) = AnalysisLoader.Load(options.ResourcesPath, options.Analyzer);
        var dictionary = FreeDict.LoadFrom(options.ResourcesPath);
        if (options.Mode == IndexMode.ReadOnly && (options.IndexPath is not { } path || !KnowledgeIndex.Exists(path)))
        {
            throw new AnsweringException($"No index at {Path.GetFullPath(options.IndexPath ?? ".")}: this host only reads the index; build it first with `poznanask index --index {options.IndexPath}`.");
        }

        var readOnly = options.Mode == IndexMode.ReadOnly
            || (options.Mode == IndexMode.ReadLastCommit && options.IndexPath is { } existing && KnowledgeIndex.Exists(existing));
        var index = Wrap(() => options.IndexPath is null ? KnowledgeIndex.InMemory(analysis)
            : readOnly ? KnowledgeIndex.Open(options.IndexPath, analysis)
            : KnowledgeIndex.OpenOrCreate(options.IndexPath, analysis));
        try
        {
            var report = readOnly ? null : Wrap(() => index.Update(options.ReportsPath, options.IngestProgress));
            var engine = new PoznanAskEngine(Snapshot(index, analyzer, analysis, dictionary), analyzer, analysis, dictionary, options, index,
                options.Turns, options.OnError, options.FollowUps, options.Time, options.Cache);
            engine.LastIngest = report;
            return engine;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    /// <summary>
    /// An engine over an already built knowledge base (tests, benchmarks, hosts with their own ingest):
    /// its passages and facts are indexed in memory with <paramref name="analysis"/>, and search and
    /// answers go through that index — the same one query path as an engine opened from a folder.
    /// With <paramref name="dictionary"/>, English questions are put into the reports' Polish words.
    /// Nothing is cached (<see cref="CacheOptions.Off"/>): every call computes its answer.
    /// </summary>
    /// <exception cref="AnsweringException">The in-memory index cannot be built.</exception>
    public static PoznanAskEngine Create(KnowledgeBase knowledge, PolishAnalysis analysis, Analyzer? analyzer = null, TurnHandlerOptions? turnOptions = null, Action<Exception, string>? onError = null, IFollowUpStore? followUps = null, TimeProvider? time = null, FreeDict? dictionary = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(analysis);
        var analyzers = IndexAnalyzers.Of(analysis);
        var search = Wrap(() => KnowledgeSearch.InMemory(knowledge, analyzers, facts: true));
        var composer = AnswererFactory.Create(knowledge, analyzer, search, PassageRetriever.KnowledgeIndexFields(analyzers), dictionary, Lemmas(analysis));
        return new PoznanAskEngine(new EngineSnapshot(composer, search), analyzer, analysis, dictionary, null, null, turnOptions ?? new TurnHandlerOptions(), onError, followUps, time);
    }

    /// <summary>Loads the analyzers named in <paramref name="names"/> ('+'-separated, e.g. <c>polish+polish-lemma</c>); several give their union.</summary>
    /// <exception cref="AnsweringException">A resource is missing or a name is unknown.</exception>
    public static Analyzer LoadAnalyzer(string resourcesPath, string names) => AnalysisLoader.Load(resourcesPath, names).Matching;

    /// <summary>Loads the Polish analysis (for the search index) and the matching analyzer named by <paramref name="names"/>.</summary>
    /// <exception cref="AnsweringException">A resource is missing or a name is unknown.</exception>
    public static (PolishAnalysis Analysis, Analyzer Matching) LoadAnalysis(string resourcesPath, string names) => AnalysisLoader.Load(resourcesPath, names);

    /// <summary>Updates the index from the reports folder (new, changed and removed files) and swaps to it; on failure nothing changes.</summary>
    /// <exception cref="AnsweringException">The engine was not opened from a folder, or the update failed (the index is unchanged).</exception>
    public IngestReport Reload()
    {
        if (_index is null || _options is null)
        {
            throw new AnsweringException("This engine was created from a knowledge base, not a reports folder.");
        }

        lock (_swap)
        {
            var report = Wrap(() => _index.Update(_options.ReportsPath, _options.IngestProgress));
            _snapshot = Snapshot(_index, _analyzer, _analysis!, _dictionary);
            LastIngest = report;
            return report;
        }
    }

    /// <summary>Picks up a commit another process made to the index (e.g. <c>poznanask index</c> while a host runs); true when it changed.</summary>
    /// <exception cref="AnsweringException">The new commit cannot be read.</exception>
    public bool Refresh()
    {
        if (_index is null)
        {
            return false;
        }

        lock (_swap)
        {
            if (!Wrap(() => _index.Refresh()))
            {
                return false;
            }

            _snapshot = Snapshot(_index, _analyzer, _analysis!, _dictionary);
            return true;
        }
    }

    /// <summary>Answers one question directly and statelessly (the CLI's <c>ask</c>): no follow-up context.</summary>
    public Answer Ask(string question, string? locale = null) =>
        TurnHandler.HandleMessageAsync(new TurnRequest(question ?? string.Empty, locale, "cli", string.Empty), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Closes the index (its readers; a persistent index stays on disk).</summary>
    public void Dispose()
    {
        _index?.Dispose();
    }

    private static EngineSnapshot Snapshot(KnowledgeIndex index, Analyzer? analyzer, PolishAnalysis analysis, FreeDict? dictionary)
    {
        var current = index.Current;
        // Answers retrieve passages through the same searcher as the search service: one index, one BM25.
        var composer = AnswererFactory.Create(current.Knowledge, analyzer, current.Search, PassageRetriever.KnowledgeIndexFields(IndexAnalyzers.Of(analysis)), dictionary, Lemmas(analysis));
        return new EngineSnapshot(composer, current.Search);
    }

    // The Morfologik dictionary of the analysis (list items' nominative forms), null without the lemma analyzer.
    private static Analysis.Morfologik.MorfologikDictionary? Lemmas(PolishAnalysis analysis) =>
        analysis.TryGet(PolishAnalysis.LemmaName, out var a) && a is Analysis.Morfologik.PolishLemmaAnalyzer lemma ? lemma.Dictionary : null;

    private static T Wrap<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (KnowledgeException ex)
        {
            // The knowledge layer's message names the file or the index problem (corrupt, locked, unreadable report).
            throw new AnsweringException(ex.Message, ex);
        }
    }
}

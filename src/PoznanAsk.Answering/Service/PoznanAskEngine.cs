using PoznanAsk.Analysis;
using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Knowledge;
using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Service;

/// <summary>
/// The composition root the hosts (CLI, web) call: loads the analyzers, ingests the reports folder,
/// and exposes the turn handler and the report service over one knowledge base. <see cref="Reload"/>
/// re-ingests and swaps the knowledge base atomically; readers keep the snapshot they started with.
/// </summary>
public sealed class PoznanAskEngine : IDisposable
{
    private readonly EngineOptions? _options;
    private readonly Analyzer? _analyzer;
    private readonly PolishAnalysis? _analysis;
    private readonly List<SearchIndex> _retired = [];
    private volatile EngineSnapshot _snapshot;

    private PoznanAskEngine(EngineSnapshot snapshot, Analyzer? analyzer, PolishAnalysis? analysis, EngineOptions? options, IngestReport? ingest, TurnHandlerOptions turnOptions, Action<Exception, string>? onError)
    {
        _snapshot = snapshot;
        _analyzer = analyzer;
        _analysis = analysis;
        _options = options;
        LastIngest = ingest;
        TurnHandler = new TurnHandler(() => _snapshot.Composer, turnOptions, onError);
        Reports = new ReportService(() => _snapshot);
    }

    /// <summary>The turn handler for every front end.</summary>
    public ITurnHandler TurnHandler { get; }

    /// <summary>Search, facts and diffs over the same knowledge base.</summary>
    public IReportService Reports { get; }

    /// <summary>The current knowledge base.</summary>
    public KnowledgeBase Knowledge => _snapshot.Composer.Context.View.Knowledge;

    /// <summary>What the last ingest did (null when built from a knowledge base directly).</summary>
    public IngestReport? LastIngest { get; private set; }

    /// <summary>The analyzer used for matching, or null.</summary>
    public Analyzer? Analyzer => _analyzer;

    /// <summary>Validates <paramref name="options"/>, loads the analyzers and ingests the reports folder.</summary>
    /// <exception cref="AnsweringException">Options are invalid, a resource is missing or the reports cannot be read.</exception>
    public static PoznanAskEngine Open(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var (analysis, analyzer) = LoadAnalysis(options.ResourcesPath, options.Analyzer);
        var (snapshot, report) = Ingest(options.ReportsPath, analyzer, analysis);
        return new PoznanAskEngine(snapshot, analyzer, analysis, options, report, new TurnHandlerOptions { MaxQuestionLength = options.MaxQuestionLength }, options.OnError);
    }

    /// <summary>
    /// Loads the analyzers named in <paramref name="names"/> ('+'-separated, e.g. <c>polish+polish-lemma</c>)
    /// from <paramref name="resourcesPath"/>; several names give their union.
    /// </summary>
    /// <exception cref="AnsweringException">A resource is missing or a name is unknown.</exception>
    public static Analyzer LoadAnalyzer(string resourcesPath, string names) => LoadAnalysis(resourcesPath, names).Matching;

    /// <summary>Loads the Polish analysis (for the search index) and the matching analyzer named by <paramref name="names"/>.</summary>
    /// <exception cref="AnsweringException">A resource is missing or a name is unknown.</exception>
    public static (PolishAnalysis Analysis, Analyzer Matching) LoadAnalysis(string resourcesPath, string names)
    {
        ArgumentNullException.ThrowIfNull(resourcesPath);
        ArgumentNullException.ThrowIfNull(names);
        try
        {
            var analysis = PolishAnalysis.Load(new AnalysisOptions { ResourcesPath = resourcesPath });
            var list = new List<Analyzer>();
            foreach (var name in names.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                list.Add(name == PolishAnalysis.LemmaName
                    ? Analysis.Morfologik.PolishLemmaAnalyzer.Create(
                        Analysis.Morfologik.MorfologikDictionary.Load(new Analysis.Morfologik.MorfologikOptions { ResourcesPath = resourcesPath }),
                        analysis.StopWords,
                        new Analysis.Morfologik.MorfologikOptions { ResourcesPath = resourcesPath })
                    : analysis.Get(name));
            }

            return (analysis, list.Count switch
            {
                0 => throw new AnsweringException("No analyzer named in '" + names + "'."),
                1 => list[0],
                _ => new Questions.UnionAnalyzer(list),
            });
        }
        catch (AnalysisException ex)
        {
            throw new AnsweringException("Analysis resources could not be loaded: " + ex.Message, ex);
        }
    }

    /// <summary>
    /// An engine over an already built knowledge base (tests, benchmarks, hosts with their own ingest).
    /// With <paramref name="analysis"/>, search goes through the search engine; without it, through
    /// the answering layer's in-memory passage index (plain terms, +/-, "phrases", year:/kind:).
    /// </summary>
    public static PoznanAskEngine Create(KnowledgeBase knowledge, Analyzer? analyzer = null, TurnHandlerOptions? turnOptions = null, Action<Exception, string>? onError = null, PolishAnalysis? analysis = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return new PoznanAskEngine(Snapshot(knowledge, analyzer, analysis), analyzer, analysis, null, null, turnOptions ?? new TurnHandlerOptions(), onError);
    }

    /// <summary>Re-ingests the reports folder and swaps the knowledge base; on failure the old one stays.</summary>
    /// <exception cref="AnsweringException">The engine was not opened from a folder, or ingest failed.</exception>
    public IngestReport Reload()
    {
        if (_options is null)
        {
            throw new AnsweringException("This engine was created from a knowledge base, not a reports folder.");
        }

        var (snapshot, report) = Ingest(_options.ReportsPath, _analyzer, _analysis);
        var old = _snapshot;
        _snapshot = snapshot;
        LastIngest = report;
        lock (_retired)
        {
            // Searches in flight may still read the old index; it is deleted with the engine.
            if (old.Search is not null)
            {
                _retired.Add(old.Search);
            }
        }

        return report;
    }

    /// <summary>Answers one question directly (the CLI's <c>ask</c>).</summary>
    public Answer Ask(string question, string? locale = null) =>
        TurnHandler.HandleMessageAsync(new TurnRequest(question ?? string.Empty, locale, "cli", "cli"), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Deletes the search index scratch folders.</summary>
    public void Dispose()
    {
        _snapshot.Search?.Dispose();
        lock (_retired)
        {
            _retired.ForEach(s => s.Dispose());
            _retired.Clear();
        }
    }

    internal AnswerComposer Composer => _snapshot.Composer;

    private static EngineSnapshot Snapshot(KnowledgeBase knowledge, Analyzer? analyzer, PolishAnalysis? analysis) =>
        new(AnswererFactory.Create(knowledge, analyzer), analysis is null ? null : SearchIndex.Build(knowledge, analysis.Stemmed, analysis.Folded));

    private static (EngineSnapshot, IngestReport) Ingest(string reportsPath, Analyzer? analyzer, PolishAnalysis? analysis)
    {
        try
        {
            var result = KnowledgeLoader.LoadFolder(reportsPath, analyzer: analyzer);
            return (Snapshot(result.Knowledge, analyzer, analysis), result.Report);
        }
        catch (KnowledgeException ex)
        {
            throw new AnsweringException("The reports could not be ingested: " + ex.Message, ex);
        }
        catch (Search.SearchException ex)
        {
            throw new AnsweringException("The search index could not be built: " + ex.Message, ex);
        }
    }
}

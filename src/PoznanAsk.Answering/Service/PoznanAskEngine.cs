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
    private volatile AnswerComposer _composer;

    private PoznanAskEngine(AnswerComposer composer, Analyzer? analyzer, EngineOptions? options, IngestReport? ingest, TurnHandlerOptions turnOptions, Action<Exception, string>? onError)
    {
        _composer = composer;
        _analyzer = analyzer;
        _options = options;
        LastIngest = ingest;
        TurnHandler = new TurnHandler(() => _composer, turnOptions, onError);
        Reports = new ReportService(() => _composer);
    }

    /// <summary>The turn handler for every front end.</summary>
    public ITurnHandler TurnHandler { get; }

    /// <summary>Search, facts and diffs over the same knowledge base.</summary>
    public IReportService Reports { get; }

    /// <summary>The current knowledge base.</summary>
    public KnowledgeBase Knowledge => _composer.Context.View.Knowledge;

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
        var analyzer = LoadAnalyzer(options.ResourcesPath, options.Analyzer);
        var (composer, report) = Ingest(options.ReportsPath, analyzer);
        return new PoznanAskEngine(composer, analyzer, options, report, new TurnHandlerOptions { MaxQuestionLength = options.MaxQuestionLength }, options.OnError);
    }

    /// <summary>
    /// Loads the analyzers named in <paramref name="names"/> ('+'-separated, e.g. <c>polish+polish-lemma</c>)
    /// from <paramref name="resourcesPath"/>; several names give their union.
    /// </summary>
    /// <exception cref="AnsweringException">A resource is missing or a name is unknown.</exception>
    public static Analyzer LoadAnalyzer(string resourcesPath, string names)
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

            return list.Count switch
            {
                0 => throw new AnsweringException("No analyzer named in '" + names + "'."),
                1 => list[0],
                _ => new Questions.UnionAnalyzer(list),
            };
        }
        catch (AnalysisException ex)
        {
            throw new AnsweringException("Analysis resources could not be loaded: " + ex.Message, ex);
        }
    }

    /// <summary>An engine over an already built knowledge base (tests, benchmarks, hosts with their own ingest).</summary>
    public static PoznanAskEngine Create(KnowledgeBase knowledge, Analyzer? analyzer = null, TurnHandlerOptions? turnOptions = null, Action<Exception, string>? onError = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return new PoznanAskEngine(AnswererFactory.Create(knowledge, analyzer), analyzer, null, null, turnOptions ?? new TurnHandlerOptions(), onError);
    }

    /// <summary>Re-ingests the reports folder and swaps the knowledge base; on failure the old one stays.</summary>
    /// <exception cref="AnsweringException">The engine was not opened from a folder, or ingest failed.</exception>
    public IngestReport Reload()
    {
        if (_options is null)
        {
            throw new AnsweringException("This engine was created from a knowledge base, not a reports folder.");
        }

        var (composer, report) = Ingest(_options.ReportsPath, _analyzer);
        _composer = composer;
        LastIngest = report;
        return report;
    }

    /// <summary>Answers one question directly (the CLI's <c>ask</c>).</summary>
    public Answer Ask(string question, string? locale = null) =>
        TurnHandler.HandleMessageAsync(new TurnRequest(question ?? string.Empty, locale, "cli", "cli"), CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc />
    public void Dispose()
    {
        // Nothing is held open while the knowledge base lives in memory; kept for the persistent index.
    }

    internal AnswerComposer Composer => _composer;

    private static (AnswerComposer, IngestReport) Ingest(string reportsPath, Analyzer? analyzer)
    {
        try
        {
            var result = KnowledgeLoader.LoadFolder(reportsPath, analyzer: analyzer);
            return (AnswererFactory.Create(result.Knowledge, analyzer), result.Report);
        }
        catch (KnowledgeException ex)
        {
            throw new AnsweringException("The reports could not be ingested: " + ex.Message, ex);
        }
    }
}

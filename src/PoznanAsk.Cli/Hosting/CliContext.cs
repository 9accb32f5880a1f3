using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using PoznanAsk.Analysis;
using PoznanAsk.Analysis.Morfologik;
using PoznanAsk.Answering.Service;

namespace PoznanAsk.Cli.Hosting;

/// <summary>What a verb works with: resolved paths, configuration, stdout, and lazily loaded stages.</summary>
internal sealed class CliContext : IDisposable
{
    private readonly Lazy<PolishAnalysis> _analysis;
    private readonly Lazy<PoznanAskEngine> _engine;

    private IndexMode _mode = IndexMode.ReadLastCommit;

    public CliContext(IHost host, CliPaths paths, TextWriter output)
    {
        Host = host;
        Paths = paths;
        Output = output;
        _analysis = new Lazy<PolishAnalysis>(() =>
        {
            var options = new AnalysisOptions { ResourcesPath = paths.ResourcesPath };
            return PolishAnalysis.Load(options).WithAnalyzer(PolishLemmaAnalyzer.Load(options));
        });
        _engine = new Lazy<PoznanAskEngine>(() => PoznanAskEngine.Open(new EngineOptions
        {
            ReportsPath = paths.ReportsPath,
            IndexPath = paths.IndexPath,
            ResourcesPath = paths.ResourcesPath,
            Mode = _mode,
            IngestProgress = IngestProgress,
        }));
    }

    /// <summary>Told about the ingest when <see cref="Engine"/> is first opened (set it before; <c>poznanask index</c> draws progress with it).</summary>
    public Knowledge.Ingest.IIngestProgress? IngestProgress { get; set; }

    /// <summary>The generic host (configuration, logging).</summary>
    public IHost Host { get; }

    /// <summary>The configuration (appsettings.json, environment, command line).</summary>
    public IConfiguration Configuration => (IConfiguration)Host.Services.GetService(typeof(IConfiguration))!;

    /// <summary>Resolved folders.</summary>
    public CliPaths Paths { get; }

    /// <summary>Where results go (stdout, UTF-8, <c>\n</c> line ends).</summary>
    public TextWriter Output { get; }

    /// <summary>The Polish analysis chains (Stempel and Morfologik lemmas), loaded on first use.</summary>
    public PolishAnalysis Analysis => _analysis.Value;

    /// <summary>
    /// The answering engine over the last index commit, read-only: it never takes the writer lock, so it
    /// works while <c>poznanask index</c> runs (the index is built only when the folder has none).
    /// </summary>
    public PoznanAskEngine Engine => _engine.Value;

    /// <summary>The engine after bringing the index up to date with the reports folder (incremental, one commit): <c>poznanask index</c>.</summary>
    public PoznanAskEngine UpdatedEngine
    {
        get
        {
            if (!_engine.IsValueCreated)
            {
                _mode = IndexMode.Update;
            }

            return _engine.Value;
        }
    }

    public void Dispose()
    {
        if (_engine.IsValueCreated)
        {
            _engine.Value.Dispose();
        }

        Host.Dispose();
    }
}

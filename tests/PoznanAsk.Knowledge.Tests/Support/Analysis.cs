using PoznanAsk.Analysis;
using PoznanAsk.Analysis.Morfologik;
using PoznanAsk.Testing;

namespace PoznanAsk.Knowledge.Tests.Support;

/// <summary>The Polish analyzers, loaded once from the downloaded resources (POZNANASK_RESOURCES).</summary>
internal static class Analysis
{
    private static readonly AnalysisOptions Options = new() { ResourcesPath = TestPaths.Resources };

    private static readonly Lazy<PolishAnalysis> Loaded = new(() => PolishAnalysis.Load(Options));

    private static readonly Lazy<PolishAnalysis> LoadedWithLemmas = new(() => Loaded.Value.WithAnalyzer(PolishLemmaAnalyzer.Load(Options)));

    /// <summary>Stempel chains only.</summary>
    public static PolishAnalysis Polish => Loaded.Value;

    /// <summary>Stempel chains plus the Morfologik <c>polish-lemma</c> analyzer.</summary>
    public static PolishAnalysis WithLemmas => LoadedWithLemmas.Value;
}

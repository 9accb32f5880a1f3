using PoznanAsk.Analysis;
using PoznanAsk.Testing;

namespace PoznanAsk.Knowledge.Tests.Support;

/// <summary>The Polish analyzers, loaded once from the downloaded resources (POZNANASK_RESOURCES).</summary>
internal static class Analysis
{
    private static readonly Lazy<PolishAnalysis> Loaded = new(() => PolishAnalysis.Load(new AnalysisOptions { ResourcesPath = TestPaths.Resources }));

    public static PolishAnalysis Polish => Loaded.Value;
}

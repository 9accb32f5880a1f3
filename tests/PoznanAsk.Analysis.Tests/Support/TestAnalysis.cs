using PoznanAsk.Testing;

namespace PoznanAsk.Analysis.Tests.Support;

/// <summary>One <see cref="PolishAnalysis"/> loaded from the real resources, shared by all tests (loading is the slow part).</summary>
internal static class TestAnalysis
{
    private static readonly Lazy<PolishAnalysis> Loaded = new(() => PolishAnalysis.Load(Options));

    public static AnalysisOptions Options => new() { ResourcesPath = TestPaths.Resources };

    public static PolishAnalysis Instance => Loaded.Value;

    public static string DataFile(string name) => Path.Combine(TestPaths.TestData, "analysis", name);

    /// <summary>Token rows as the oracle prints them: term, start, end, posInc, type.</summary>
    public static List<string> Rows(Analyzer analyzer, string text) =>
        [.. analyzer.Analyze(text).Select(t => PoznanAsk.Analysis.Formatting.TokenFormatter.Format(t, includeType: true))];
}

namespace PoznanAsk.Bench;

internal static class AnalysisReport
{
    public static void Print(PoznanAsk.Analysis.PolishAnalysis analysis, List<string> texts, string? seeds)
    {
    }
}

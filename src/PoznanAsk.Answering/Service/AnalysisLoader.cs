using PoznanAsk.Analysis;
using PoznanAsk.Analysis.Morfologik;
using PoznanAsk.Answering.Questions;

namespace PoznanAsk.Answering.Service;

/// <summary>Loads the Polish analyzers and builds the matching analyzer from '+'-separated names.</summary>
internal static class AnalysisLoader
{
    /// <summary>The analysis (for the index) and the matching analyzer (the union when several names are given).</summary>
    /// <exception cref="AnsweringException">A resource is missing or a name is unknown.</exception>
    public static (PolishAnalysis Analysis, Analyzer Matching) Load(string resourcesPath, string names)
    {
        ArgumentNullException.ThrowIfNull(resourcesPath);
        ArgumentNullException.ThrowIfNull(names);
        try
        {
            // The knowledge index's text.lemma field needs polish-lemma, whatever the matching analyzers are.
            var analysisOptions = new AnalysisOptions { ResourcesPath = resourcesPath };
            var analysis = PolishAnalysis.Load(analysisOptions).WithAnalyzer(PolishLemmaAnalyzer.Load(analysisOptions));
            var list = new List<Analyzer>();
            foreach (var name in names.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                list.Add(analysis.Get(name));
            }

            return (analysis, list.Count switch
            {
                0 => throw new AnsweringException("No analyzer named in '" + names + "'."),
                1 => list[0],
                _ => new UnionAnalyzer(list),
            });
        }
        catch (AnalysisException ex)
        {
            throw new AnsweringException("Analysis resources could not be loaded: " + ex.Message, ex);
        }
    }
}

using System.Globalization;
using PoznanAsk.Analysis;
using PoznanAsk.Analysis.Morfologik;
using PoznanAsk.Knowledge.Index;

// The process the crash-safety test SIGKILLs. Arguments: INDEX_DIR RESOURCES REPORTS_A REPORTS_B.
// Ingests REPORTS_A and REPORTS_B in turn (each update deletes and adds documents, one commit) and
// prints "committed GENERATION" after each commit, forever; the parent kills it at random moments.
var (indexPath, resources, a, b) = (args[0], args[1], args[2], args[3]);
var options = new AnalysisOptions { ResourcesPath = resources };
var analysis = PolishAnalysis.Load(options).WithAnalyzer(PolishLemmaAnalyzer.Load(options));
using var index = KnowledgeIndex.OpenOrCreate(indexPath, analysis);
Console.WriteLine("ready");
for (var i = 0; ; i++)
{
    index.Update(i % 2 == 0 ? a : b);
    Console.WriteLine("committed " + index.Current.Generation.ToString(CultureInfo.InvariantCulture));
}

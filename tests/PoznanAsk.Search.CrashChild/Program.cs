using System.Globalization;
using PoznanAsk.Search;
using PoznanAsk.Search.CrashChild;
using PoznanAsk.Search.Documents;
using PoznanAsk.Search.Indexing;
using PoznanAsk.Search.Schema;

// usage: PoznanAsk.Search.CrashChild INDEX_DIR SEED
// Adds batches of 40 documents (all of one batch share `batch`), deletes an old batch now and then,
// force-merges sometimes, and commits with user data {iteration, liveDocs}. Prints "progress" often and
// "committed N" after each commit returns, so the parent can kill it at varied points.
var dir = args[0];
var random = new Random(int.Parse(args[1], CultureInfo.InvariantCulture));
var schema = new IndexSchema(
[
    FieldDefinition.Keyword("id"),
    FieldDefinition.Keyword("batch"),
    FieldDefinition.Text("text", WordAnalyzer.AnalyzerName),
]);
using var writer = IndexWriter.Open(new SearchOptions { IndexPath = dir, MergeFactor = 4, StoredBlockDocuments = 16 }, schema, [new WordAnalyzer()]);
long iteration = 0;
try
{
    var reader = PoznanAsk.Search.Reading.IndexReader.Open(dir);
    iteration = long.Parse(reader.UserData["iteration"], CultureInfo.InvariantCulture);
}
catch (IndexNotFoundException)
{
}

Console.WriteLine("ready");
while (true)
{
    iteration++;
    for (var i = 0; i < 40; i++)
    {
        writer.Add(new Document()
            .Add("id", $"{iteration}-{i}")
            .Add("batch", iteration.ToString(CultureInfo.InvariantCulture))
            .Add("text", $"dokument numer {i} partii {iteration} zawiera słowa {random.Next(1000)} miasto poznań"));
        if (i % 10 == 0)
        {
            Console.WriteLine("progress");
        }
    }

    if (iteration % 3 == 0)
    {
        writer.DeleteByTerm("batch", (iteration - 2).ToString(CultureInfo.InvariantCulture));
    }

    if (iteration % 7 == 0)
    {
        writer.ForceMerge(2);
    }

    Console.WriteLine("progress");
    writer.Commit(new Dictionary<string, string>
    {
        ["iteration"] = iteration.ToString(CultureInfo.InvariantCulture),
        ["liveDocs"] = writer.PendingDocCount.ToString(CultureInfo.InvariantCulture),
    });
    Console.WriteLine("committed " + iteration.ToString(CultureInfo.InvariantCulture));
}

using System.IO.Compression;
using System.Text.Json;
using PoznanAsk.Analysis;
using PoznanAsk.Search.Documents;
using PoznanAsk.Search.Indexing;
using PoznanAsk.Search.Schema;
using PoznanAsk.Testing;

namespace PoznanAsk.Search.Tests.Fakes;

/// <summary>
/// The 10k-passage corpus of tools/corpus (sha256 14e21e45…, committed gzipped), indexed like the Lucene
/// oracle does: id stored keyword, title and text Text fields with the lucene-polish analyzer.
/// </summary>
internal static class LuceneCorpus
{
    public static string Folder => Path.Combine(TestPaths.TestData, "search");

    public static IndexSchema Schema { get; } = new(
    [
        FieldDefinition.Keyword("id"),
        FieldDefinition.Text("title", PolishAnalysis.ReferenceName),
        FieldDefinition.Text("text", PolishAnalysis.ReferenceName),
    ]);

    public static PolishAnalysis LoadAnalysis() =>
        PolishAnalysis.Load(new AnalysisOptions { ResourcesPath = TestPaths.Resources });

    public static IEnumerable<(string Id, string Title, string Text)> Passages()
    {
        using var gz = new GZipStream(File.OpenRead(Path.Combine(Folder, "corpus-10k.jsonl.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            yield return (root.GetProperty("id").GetString()!, root.GetProperty("title").GetString() ?? string.Empty, root.GetProperty("text").GetString() ?? string.Empty);
        }
    }

    public static void Build(SearchOptions options, Analyzer analyzer)
    {
        using var writer = IndexWriter.Open(options, Schema, [analyzer]);
        foreach (var (id, title, text) in Passages())
        {
            writer.Add(new Document().Add("id", id).Add("title", title).Add("text", text));
        }

        writer.Commit();
    }

    /// <summary>Golden rows: query line → [(id, score)] in rank order.</summary>
    public static Dictionary<int, List<(string Id, float Score)>> Golden()
    {
        var golden = new Dictionary<int, List<(string, float)>>();
        foreach (var row in File.ReadLines(Path.Combine(Folder, "lucene-top10-10k.tsv")))
        {
            var c = row.Split('\t');
            var q = int.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture);
            if (!golden.TryGetValue(q, out var list))
            {
                golden[q] = list = [];
            }

            list.Add((c[2], float.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture)));
        }

        return golden;
    }
}

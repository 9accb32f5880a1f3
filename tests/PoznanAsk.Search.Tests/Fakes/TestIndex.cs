using PoznanAsk.Analysis;
using PoznanAsk.Search.Documents;
using PoznanAsk.Search.Indexing;
using PoznanAsk.Search.Schema;

namespace PoznanAsk.Search.Tests.Fakes;

/// <summary>A temporary index folder with the passage-like schema the product uses; deleted on dispose.</summary>
internal sealed class TestIndex : IDisposable
{
    public TestIndex()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pzs-" + Guid.NewGuid().ToString("N"));
        Options = new SearchOptions { IndexPath = Path, Durable = false };
    }

    public string Path { get; }

    public SearchOptions Options { get; }

    public static IndexSchema Schema { get; } = new(
    [
        FieldDefinition.Keyword("id"),
        FieldDefinition.Keyword("source"),
        FieldDefinition.Int("year"),
        FieldDefinition.Keyword("kind"),
        FieldDefinition.Text("title", SimpleAnalyzer.DefaultName),
        FieldDefinition.Text("text", SimpleAnalyzer.DefaultName),
        FieldDefinition.SubField("text.folded", "text", "test-folded"),
    ]);

    public static Analyzer[] Analyzers { get; } = [new SimpleAnalyzer(), new SimpleAnalyzer("test-folded", fold: true)];

    public static Document Passage(string id, string text, int year = 2023, string source = "raport.txt", string kind = "passage", string title = "Raport") =>
        new Document().Add("id", id).Add("source", source).Add("year", year).Add("kind", kind).Add("title", title).Add("text", text);

    public IndexWriter OpenWriter() => IndexWriter.Open(Options, Schema, Analyzers);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}

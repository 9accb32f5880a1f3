using PoznanAsk.Search.Querying;
using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Tests.Fakes;

namespace PoznanAsk.Search.Tests.Indexing;

public class IndexWriterTests
{
    [Fact]
    public void Commit_AddedPassages_VisibleAfterReopenWithStoredFields()
    {
        using var index = new TestIndex();
        using (var writer = index.OpenWriter())
        {
            writer.Add(TestIndex.Passage("p1", "Miasto Poznań należy do Związku Miast Polskich."));
            writer.Add(TestIndex.Passage("p2", "Poznań jest członkiem stowarzyszenia Eurocities.", 2022));
            writer.Commit(new Dictionary<string, string> { ["version"] = "1" });
        }

        var reader = IndexReader.Open(index.Path);
        Assert.Equal(2, reader.NumDocs);
        Assert.Equal("1", reader.UserData["version"]);
        var hits = new IndexSearcher(reader).Search(new TermQuery("text", "poznań"), 10);
        Assert.Equal(2, hits.TotalHits);
        var doc = reader.Document(hits.Hits[0].Doc);
        Assert.Equal("p2", doc.Get("id"));
        Assert.Equal(2022, doc.GetInt("year"));
    }

    [Fact]
    public void Add_WithoutCommit_NotVisibleToReaders()
    {
        using var index = new TestIndex();
        using var writer = index.OpenWriter();
        writer.Add(TestIndex.Passage("p1", "Rada Miasta Poznania"));
        writer.Commit();
        writer.Add(TestIndex.Passage("p2", "Rada Osiedla"));
        var reader = IndexReader.Open(index.Path);
        Assert.Equal(1, reader.NumDocs);
        writer.Commit();
        Assert.Equal(2, reader.Refresh().NumDocs);
        Assert.Equal(1, reader.NumDocs);
    }

    [Fact]
    public void DeleteByTerm_ReingestedSource_ReplacesOnlyThatSource()
    {
        using var index = new TestIndex();
        using var writer = index.OpenWriter();
        writer.Add(TestIndex.Passage("a1", "stare sprawozdanie o budżecie", source: "a.txt"));
        writer.Add(TestIndex.Passage("a2", "stare sprawozdanie o inwestycjach", source: "a.txt"));
        writer.Add(TestIndex.Passage("b1", "sprawozdanie o kulturze", source: "b.txt"));
        writer.Commit();
        writer.DeleteByTerm("source", "a.txt");
        writer.Add(TestIndex.Passage("a3", "nowe sprawozdanie o budżecie", source: "a.txt"));
        writer.Commit();

        var reader = IndexReader.Open(index.Path);
        var ids = reader.LiveDocuments().Select(d => d.Document.Get("id")).ToList();
        Assert.Equal(["b1", "a3"], ids);
        Assert.Equal(0, new IndexSearcher(reader).Count(new TermQuery("text", "stare")));
    }

    [Fact]
    public void DeleteByTerm_BeforeAddInSameSession_KeepsLaterAdd()
    {
        using var index = new TestIndex();
        using var writer = index.OpenWriter();
        writer.Add(TestIndex.Passage("x", "pierwsza wersja", source: "s.txt"));
        writer.DeleteByTerm("source", "s.txt");
        writer.Add(TestIndex.Passage("y", "druga wersja", source: "s.txt"));
        writer.Commit();
        var ids = IndexReader.Open(index.Path).LiveDocuments().Select(d => d.Document.Get("id")).ToList();
        Assert.Equal(["y"], ids);
    }

    [Fact]
    public void Commit_ManySmallCommits_MergesSegmentsAndKeepsOrder()
    {
        using var index = new TestIndex();
        using var writer = index.OpenWriter();
        for (var i = 0; i < 30; i++)
        {
            writer.Add(TestIndex.Passage("p" + i, $"akapit numer {i} o współpracy miast"));
            writer.Commit();
        }

        var reader = IndexReader.Open(index.Path);
        Assert.True(reader.SegmentCount <= index.Options.MergeFactor, $"{reader.SegmentCount} segments");
        Assert.Equal(Enumerable.Range(0, 30).Select(i => "p" + i), reader.LiveDocuments().Select(d => d.Document.Get("id")));
        var hits = new IndexSearcher(reader).Search(new TermQuery("text", "współpracy"), 5);
        Assert.Equal(30, hits.TotalHits);
        Assert.Equal([0, 1, 2, 3, 4], hits.Hits.Select(h => h.Doc));
    }

    [Fact]
    public void ForceMerge_WithDeletes_OneSegmentSameResults()
    {
        using var index = new TestIndex();
        using var writer = index.OpenWriter();
        for (var i = 0; i < 20; i++)
        {
            writer.Add(TestIndex.Passage("p" + i, i % 2 == 0 ? "rada miasta obraduje" : "prezydent miasta podpisał", source: "s" + (i % 4)));
            if (i % 5 == 4)
            {
                writer.Commit();
            }
        }

        writer.DeleteByTerm("source", "s1");
        writer.Commit();
        var beforeReader = IndexReader.Open(index.Path);
        var before = new IndexSearcher(beforeReader).Search(new TermQuery("text", "rada"), 20);
        writer.ForceMerge();
        writer.Commit();
        var reader = IndexReader.Open(index.Path);
        var after = new IndexSearcher(reader).Search(new TermQuery("text", "rada"), 20);
        Assert.Equal(1, reader.SegmentCount);
        Assert.Equal(15, reader.NumDocs);
        Assert.Equal(before.TotalHits, after.TotalHits);
        Assert.Equal(before.Hits.Select(h => beforeReader.Document(h.Doc).Get("id")), after.Hits.Select(h => reader.Document(h.Doc).Get("id")));
    }

    [Fact]
    public void Open_SecondWriter_ThrowsIndexLocked()
    {
        using var index = new TestIndex();
        using var writer = index.OpenWriter();
        Assert.Throws<IndexLockedException>(() => index.OpenWriter());
    }

    [Fact]
    public void Open_DifferentSchema_ThrowsSchemaMismatch()
    {
        using var index = new TestIndex();
        using (var writer = index.OpenWriter())
        {
            writer.Add(TestIndex.Passage("p", "tekst"));
            writer.Commit();
        }

        var other = new Search.Schema.IndexSchema([Search.Schema.FieldDefinition.Keyword("id")]);
        Assert.Throws<SchemaMismatchException>(() => Search.Indexing.IndexWriter.Open(index.Options, other, TestIndex.Analyzers));
    }

    [Fact]
    public void Add_UnknownField_ThrowsSchemaMismatch()
    {
        using var index = new TestIndex();
        using var writer = index.OpenWriter();
        Assert.Throws<SchemaMismatchException>(() => writer.Add(new Documents.Document().Add("nieznane", "x")));
        Assert.Throws<SchemaMismatchException>(() => writer.Add(new Documents.Document().Add("year", "dwa tysiące")));
    }

    [Fact]
    public void Open_NoCommit_ThrowsIndexNotFound()
    {
        using var index = new TestIndex();
        Directory.CreateDirectory(index.Path);
        Assert.Throws<IndexNotFoundException>(() => IndexReader.Open(index.Path));
    }
}

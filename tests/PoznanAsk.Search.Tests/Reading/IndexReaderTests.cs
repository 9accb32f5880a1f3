using PoznanAsk.Search.Querying;
using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Tests.Fakes;

namespace PoznanAsk.Search.Tests.Reading;

public sealed class IndexReaderTests : IDisposable
{
    private readonly TestIndex _index = new();

    [Fact]
    public void OldSnapshot_AfterMergeDeletedItsFiles_StillSearchesAndLoadsDocuments()
    {
        using var writer = _index.OpenWriter();
        for (var i = 0; i < 5; i++)
        {
            writer.Add(TestIndex.Passage("p" + i, "sprawozdanie z działalności miasta numer " + i));
            writer.Commit();
        }

        var old = IndexReader.Open(_index.Path);
        var oldFiles = Directory.GetFiles(_index.Path, "*.seg").Select(Path.GetFileName).ToHashSet();
        writer.DeleteByTerm("id", "p0");
        writer.ForceMerge();
        writer.Commit();
        Assert.DoesNotContain(Directory.GetFiles(_index.Path, "*.seg").Select(Path.GetFileName), oldFiles.Contains);

        Assert.Equal(5, new IndexSearcher(old).Count(new TermQuery("text", "sprawozdanie")));
        Assert.Equal("p0", old.Document(0).Get("id"));
        var fresh = old.Refresh();
        Assert.NotSame(old, fresh);
        Assert.Equal(4, fresh.NumDocs);
        Assert.Same(fresh, fresh.Refresh());
    }

    [Fact]
    public void Refresh_OnlyDeletionsChanged_SharesSegmentsAndSeesDeletes()
    {
        using var writer = _index.OpenWriter();
        writer.Add(TestIndex.Passage("a", "pierwszy akapit", source: "x.txt"));
        writer.Add(TestIndex.Passage("b", "drugi akapit", source: "y.txt"));
        writer.Commit();
        var before = IndexReader.Open(_index.Path);
        writer.DeleteByTerm("source", "x.txt");
        writer.Commit();
        var after = before.Refresh();
        Assert.Same(before.Leaves[0].Segment, after.Leaves[0].Segment);
        Assert.False(before.IsDeleted(0));
        Assert.True(after.IsDeleted(0));
        Assert.Equal(["b"], after.LiveDocuments().Select(d => d.Document.Get("id")));
    }

    [Fact]
    public void Document_OutOfRange_ThrowsArgumentOutOfRange()
    {
        using (var writer = _index.OpenWriter())
        {
            writer.Add(TestIndex.Passage("a", "tekst"));
            writer.Commit();
        }

        var reader = IndexReader.Open(_index.Path);
        Assert.Throws<ArgumentOutOfRangeException>(() => reader.Document(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => reader.Document(-1));
    }

    public void Dispose() => _index.Dispose();
}

using PoznanAsk.Search.Querying;
using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Tests.Fakes;

namespace PoznanAsk.Search.Tests.Storage;

public sealed class FailedCommitTests : IDisposable
{
    private readonly TestIndex _index = new();

    [Theory]
    [InlineData("segments-written")]
    [InlineData("deletions-written")]
    public void Commit_FailsMidway_PreviousCommitStaysAndWriterRecovers(string step)
    {
        using var writer = _index.OpenWriter();
        writer.Add(TestIndex.Passage("a", "pierwszy raport roczny", source: "a.txt"));
        writer.Commit(new Dictionary<string, string> { ["wersja"] = "1" });

        writer.DeleteByTerm("source", "a.txt");
        writer.Add(TestIndex.Passage("b", "drugi raport roczny", source: "b.txt"));
        writer.FaultInjection = s =>
        {
            if (s == step)
            {
                throw new IOException("dysk pełny");
            }
        };
        Assert.Throws<IOException>(() => writer.Commit(new Dictionary<string, string> { ["wersja"] = "2" }));

        var reader = IndexReader.Open(_index.Path);
        Assert.Equal("1", reader.UserData["wersja"]);
        Assert.Equal(["a"], reader.LiveDocuments().Select(d => d.Document.Get("id")));

        writer.FaultInjection = null;
        writer.Add(TestIndex.Passage("c", "trzeci raport roczny", source: "c.txt"));
        writer.Commit(new Dictionary<string, string> { ["wersja"] = "3" });
        var after = IndexReader.Open(_index.Path);
        Assert.Equal(["a", "c"], after.LiveDocuments().Select(d => d.Document.Get("id")));
        Assert.Equal(2, new IndexSearcher(after).Count(new TermQuery("text", "raport")));
        Assert.Empty(Directory.GetFiles(_index.Path, "*.tmp"));
        Assert.Equal(after.SegmentCount, Directory.GetFiles(_index.Path, "*.seg").Length);
    }

    public void Dispose() => _index.Dispose();
}

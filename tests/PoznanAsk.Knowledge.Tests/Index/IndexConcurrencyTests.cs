using Lucene.Net.Index;
using PoznanAsk.Knowledge.Index;
using PoznanAsk.Knowledge.Tests.Support;
using PoznanAsk.Testing;

namespace PoznanAsk.Knowledge.Tests.Index;

/// <summary>Readers never take the writer's lock; searches running during a commit see one whole commit or the next.</summary>
public sealed class IndexConcurrencyTests : IDisposable
{
    private readonly TempFolder _reports = new();
    private readonly TempFolder _index = new();

    [Fact]
    public void Open_WhileAnIndexWriterHoldsTheLock_ReadsTheLastCommitAndSearches()
    {
        CopySeeds();
        using (var built = KnowledgeIndex.OpenOrCreate(_index.Path, Support.Analysis.WithLemmas))
        {
            built.Update(_reports.Path);
        }

        var schema = KnowledgeIndex.SchemaFor(Support.Analysis.WithLemmas);
        using var directory = IndexDirectory.Open(_index.Path);
        using var writer = new IndexWriter(directory, KnowledgeSearch.WriterConfig(schema)); // holds write.lock, as `poznanask index` does
        using var reader = KnowledgeIndex.Open(_index.Path, Support.Analysis.WithLemmas);
        Assert.Equal(42, reader.Knowledge.Memberships.Count);
        Assert.NotEmpty(reader.Search.Search(new IndexQuery("Eurocities")).Hits);

        // A second writer is refused with a clear message, and the reader's snapshot is untouched.
        var error = Assert.Throws<KnowledgeException>(() => reader.Update(_reports.Path + "-missing"));
        Assert.NotNull(error.Message);
        Assert.Equal(42, reader.Knowledge.Memberships.Count);
    }

    [Fact]
    public void Update_WhileAnotherWriterHoldsTheLock_IsAClearErrorAndChangesNothing()
    {
        CopySeeds();
        using var index = KnowledgeIndex.OpenOrCreate(_index.Path, Support.Analysis.WithLemmas);
        var schema = KnowledgeIndex.SchemaFor(Support.Analysis.WithLemmas);
        using var directory = IndexDirectory.Open(_index.Path);
        using var writer = new IndexWriter(directory, KnowledgeSearch.WriterConfig(schema));
        var error = Assert.Throws<KnowledgeException>(() => index.Update(_reports.Path));
        Assert.Contains("inny proces", error.Message, StringComparison.Ordinal);
        Assert.Empty(index.Knowledge.Memberships);
    }

    [Fact]
    public void Search_DuringUpdates_EverySnapshotIsOneWholeCommit()
    {
        CopySeeds();
        using var index = KnowledgeIndex.OpenOrCreate(_index.Path, Support.Analysis.WithLemmas);
        index.Update(_reports.Path);
        var expected = index.Search.Search(new IndexQuery("Eurocities", Top: 100)).TotalHits;
        using var stop = new CancellationTokenSource();
        // Every reader searches at least once before the updates begin, so the test cannot pass or
        // fail on how the thread pool happens to schedule the readers.
        using var started = new CountdownEvent(3);
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var searches = 0;
            while (!stop.IsCancellationRequested)
            {
                var snapshot = index.Current;
                Assert.Equal(expected, snapshot.Search.Search(new IndexQuery("Eurocities", Top: 100)).TotalHits);
                Assert.Equal(42, snapshot.Knowledge.Memberships.Count);
                if (searches++ == 0)
                {
                    started.Signal();
                }
            }

            return searches;
        })).ToArray();

        Assert.True(started.Wait(TimeSpan.FromSeconds(60)), "the readers did not start");
        for (var i = 0; i < 4; i++)
        {
            // Touching a report changes its fingerprint only when its bytes change: alternate one byte.
            var file = Directory.GetFiles(_reports.Path, "*.txt")[0];
            File.AppendAllText(file, i % 2 == 0 ? "\n" : " ");
            index.Update(_reports.Path);
        }

        stop.Cancel();
        Assert.All(readers, r => Assert.True(r.Result > 0));
        Assert.Equal(expected, index.Search.Search(new IndexQuery("Eurocities", Top: 100)).TotalHits);
    }

    private void CopySeeds()
    {
        _reports.CopyFilesFrom(TestPaths.Seeds);
    }

    public void Dispose()
    {
        _reports.Dispose();
        _index.Dispose();
    }
}

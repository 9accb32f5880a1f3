using System.Globalization;
using PoznanAsk.Search.Querying;
using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Tests.Fakes;

namespace PoznanAsk.Search.Tests.Storage;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly TestIndex _index = new();

    [Fact]
    public async Task Search_WhileWriterCommits_EverySnapshotIsAWholeCommit()
    {
        const int Batches = 40;
        const int BatchSize = 25;
        using (var writer = _index.OpenWriter())
        {
            writer.Add(TestIndex.Passage("start", "wspólne słowo na początek", source: "b0"));
            writer.Commit(new Dictionary<string, string> { ["docs"] = "1" });
        }

        var done = 0;
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var checks = 0L;
        using var progress = new SemaphoreSlim(0);
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var reader = IndexReader.Open(_index.Path);
            while (Volatile.Read(ref done) == 0)
            {
                reader = reader.Refresh();
                var expected = int.Parse(reader.UserData["docs"], CultureInfo.InvariantCulture);
                var searcher = new IndexSearcher(reader);
                var count = searcher.Count(new TermQuery("text", "wspólne"));
                var live = reader.LiveDocuments().Count();
                if (count != expected || reader.NumDocs != expected || live != expected)
                {
                    failures.Enqueue($"generation {reader.Generation}: user data {expected}, hits {count}, NumDocs {reader.NumDocs}, live {live}");
                }

                Interlocked.Increment(ref checks);
                progress.Release();
            }
        })).ToArray();

        using (var writer = _index.OpenWriter())
        {
            var docs = 1;
            for (var b = 1; b <= Batches; b++)
            {
                for (var i = 0; i < BatchSize; i++)
                {
                    writer.Add(TestIndex.Passage($"{b}-{i}", $"wspólne słowo partii {b} numer {i}", source: "b" + b));
                }

                docs += BatchSize;
                if (b % 4 == 0)
                {
                    writer.DeleteByTerm("source", "b" + (b - 2));
                    docs -= BatchSize;
                }

                // Commit only once a reader has finished another check, so searches and commits interleave.
                Assert.True(await progress.WaitAsync(TimeSpan.FromSeconds(30)), "readers made no progress");
                writer.Commit(new Dictionary<string, string> { ["docs"] = docs.ToString(CultureInfo.InvariantCulture) });
            }
        }

        Volatile.Write(ref done, 1);
        await Task.WhenAll(readers);
        Assert.Empty(failures);
        Assert.True(Interlocked.Read(ref checks) >= Batches);
    }

    public void Dispose() => _index.Dispose();
}

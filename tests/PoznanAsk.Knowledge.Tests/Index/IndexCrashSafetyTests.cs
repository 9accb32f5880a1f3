using System.Diagnostics;
using System.Globalization;
using PoznanAsk.Knowledge.Index;
using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Tests.Support;
using PoznanAsk.Testing;
using Xunit.Abstractions;

namespace PoznanAsk.Knowledge.Tests.Index;

/// <summary>
/// Runs PoznanAsk.Knowledge.CrashChild (ingests two report folders in turn, one Lucene.Net commit each)
/// as a real process, SIGKILLs it at 20 seeded random moments, and after every kill opens the index
/// read-only: the last reported commit (or a later one) opens, its knowledge is whole and it answers.
/// </summary>
public sealed class IndexCrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 20;
    private readonly TempFolder _index = new();
    private readonly TempFolder _seeds = new();
    private readonly TempFolder _more = new();

    [Fact]
    public void Kill_IndexWriterAtRandomMoments_PreviousCommitOpensAndAnswers()
    {
        foreach (var file in Directory.GetFiles(TestPaths.Seeds))
        {
            _seeds.WriteBytes(Path.GetFileName(file), File.ReadAllBytes(file));
            _more.WriteBytes(Path.GetFileName(file), File.ReadAllBytes(file));
        }

        SyntheticReports.WriteAll(_more);
        var expected = new[] { _seeds, _more }.Select(f => KnowledgeLoader.LoadFolder(f.Path).Knowledge.Memberships.Count).ToHashSet();
        var random = new Random(7331);
        long lastReported = 0;
        for (var round = 0; round < Kills; round++)
        {
            var target = random.Next(1, 5);
            lastReported = Math.Max(lastReported, RunAndKill(target, random));
            if (!KnowledgeIndex.Exists(_index.Path))
            {
                Assert.Equal(0, lastReported);
                continue;
            }

            using var index = KnowledgeIndex.Open(_index.Path, Support.Analysis.WithLemmas);
            Assert.True(index.Current.Generation >= lastReported, $"round {round}: commit {lastReported} was reported, the index opens {index.Current.Generation}");
            var facts = index.Knowledge.Memberships.Count;
            Assert.True(facts == 0 || expected.Contains(facts), $"round {round}: {facts} facts is neither folder's knowledge (half a commit?)");
            if (facts > 0)
            {
                var hits = index.Search.Search(new IndexQuery("Związek Miast Polskich", Kind: HitKind.Fact));
                Assert.NotEmpty(hits.Hits);
            }

            output.WriteLine($"round {round}: killed after {target} lines, commit {index.Current.Generation}, {facts} facts");
        }

        Assert.True(lastReported >= 5, "the child made too little progress to exercise crash points");
    }

    private long RunAndKill(int progressLines, Random random)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "PoznanAsk.Knowledge.CrashChild.dll");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        var psi = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, _index.Path, TestPaths.Resources, _seeds.Path, _more.Path })
        {
            psi.ArgumentList.Add(arg);
        }

        using var child = Process.Start(psi)!;
        long committed = 0;
        var seen = 0;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("committed ", StringComparison.Ordinal))
            {
                committed = long.Parse(line.AsSpan(10), CultureInfo.InvariantCulture);
            }

            if (line != "ready" && ++seen >= progressLines)
            {
                break;
            }
        }

        if (child.HasExited)
        {
            Assert.Fail($"child exited early ({child.ExitCode}): {child.StandardError.ReadToEnd()}");
        }

        // A moment inside the next update (reading, adding, flushing or committing), not only between commits.
        SpinFor(TimeSpan.FromMilliseconds(random.Next(0, 120)));
        child.Kill(); // SIGKILL on Unix: no finally blocks, no flushes, the lock dies with the process
        child.WaitForExit();
        return committed;
    }

    private static void SpinFor(TimeSpan duration)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration)
        {
            Thread.SpinWait(1000);
        }
    }

    public void Dispose()
    {
        _index.Dispose();
        _seeds.Dispose();
        _more.Dispose();
    }
}

using System.Diagnostics;
using System.Globalization;
using PoznanAsk.Search.Querying;
using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Tests.Fakes;
using Xunit.Abstractions;

namespace PoznanAsk.Search.Tests.Storage;

/// <summary>
/// Runs PoznanAsk.Search.CrashChild (indexes and commits in a loop) as a real process, SIGKILLs it after
/// a seeded random number of progress lines, 20 times, and checks the index after every kill.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 20;
    private readonly TestIndex _index = new();

    [Fact]
    public void Kill_WriterAtRandomPoints_LastCompleteCommitOpensIntact()
    {
        var random = new Random(7331);
        long lastReported = 0;
        for (var round = 0; round < Kills; round++)
        {
            var target = random.Next(1, 12);
            var reported = RunAndKill(round, target);
            lastReported = Math.Max(lastReported, reported);

            if (lastReported == 0 && !File.Exists(Path.Combine(_index.Path, "segments_1")))
            {
                Assert.Throws<IndexNotFoundException>(() => IndexReader.Open(_index.Path));
                continue;
            }

            var reader = IndexReader.Open(_index.Path);
            var iteration = long.Parse(reader.UserData["iteration"], CultureInfo.InvariantCulture);
            Assert.True(iteration >= lastReported, $"round {round}: commit {lastReported} was reported but the index shows {iteration}");
            Assert.Equal(int.Parse(reader.UserData["liveDocs"], CultureInfo.InvariantCulture), reader.NumDocs);

            // Nothing half-written: every batch that is visible is complete (40 docs), stored fields decode.
            var batches = reader.LiveDocuments().GroupBy(d => d.Document.Get("batch")).ToList();
            Assert.All(batches, b => Assert.Equal(40, b.Count()));
            Assert.Equal(reader.NumDocs, batches.Sum(b => b.Count()));
            Assert.Equal(reader.NumDocs, new IndexSearcher(reader).Count(new TermQuery("text", "dokument")));
            output.WriteLine($"round {round}: killed after {target} lines, commit {iteration}, {reader.NumDocs} docs in {reader.SegmentCount} segments");
        }

        Assert.True(lastReported >= 5, "the child made too little progress to exercise crash points");
    }

    private long RunAndKill(int round, int progressLines)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "PoznanAsk.Search.CrashChild.dll");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        var psi = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        psi.ArgumentList.Add(_index.Path);
        psi.ArgumentList.Add(round.ToString(CultureInfo.InvariantCulture));
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

        child.Kill(); // SIGKILL on Unix: no finally blocks, no flushes, the lock dies with the process
        child.WaitForExit();
        return committed;
    }

    public void Dispose() => _index.Dispose();
}

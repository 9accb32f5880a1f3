using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis.Core;
using Lucene.Net.QueryParsers.Classic;
using PoznanAsk.Knowledge.Index;
using PoznanAsk.Knowledge.Tests.Support;
using PoznanAsk.Testing;

namespace PoznanAsk.Knowledge.Tests.Index;

/// <summary>
/// The Lucene.Net index against the real Java Lucene 4.10.4: its <c>CheckIndex</c> finds no problem in
/// the index built from the seeds (when Java and lucene-core 4.10.4 are there: <c>scripts/setup --test</c>),
/// and the top 10 (ids and order) of a query set equal the golden output of Java Lucene 4.10's BM25 over
/// the same index (tests/TestData/lucene410, produced by <c>scripts/oracle-lucene410</c>).
/// </summary>
public sealed class JavaLuceneTests : IDisposable
{
    private readonly TempFolder _reports = new();
    private readonly TempFolder _index = new();

    [JavaLuceneFact]
    public void CheckIndex_IndexBuiltFromTheSeeds_JavaLucene410FindsNoProblem()
    {
        Build();
        var psi = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-cp", JavaLuceneFactAttribute.CoreJar!, "org.apache.lucene.index.CheckIndex", _index.Path })
        {
            psi.ArgumentList.Add(arg);
        }

        using var java = Process.Start(psi)!;
        var stdout = java.StandardOutput.ReadToEndAsync();
        var stderr = java.StandardError.ReadToEnd();
        java.WaitForExit();
        Assert.True(java.ExitCode == 0, stdout.Result + stderr);
        Assert.Contains("No problems were detected with this index", stdout.Result, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_GoldenQuerySet_Top10IdsAndOrderEqualJavaLucene410()
    {
        Build();
        var queries = File.ReadAllLines(Path.Combine(TestPaths.TestData, "lucene410", "queries.txt"));
        var golden = File.ReadAllLines(Path.Combine(TestPaths.TestData, "lucene410", "top10.tsv"))
            .Select(l => l.Split('\t'))
            .GroupBy(c => int.Parse(c[0], CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Select(c => (Id: c[2], Score: float.Parse(c[3], CultureInfo.InvariantCulture))).ToList());
        using var directory = IndexDirectory.Open(_index.Path);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        var searcher = KnowledgeSearch.NewSearcher(reader);
        // As the oracle: the terms arrive analysed, so the parser splits on whitespace only.
        var parser = new QueryParser(KnowledgeSchema.Version, KnowledgeFields.Text, new WhitespaceAnalyzer(KnowledgeSchema.Version));
        var compared = 0;
        for (var i = 0; i < queries.Length; i++)
        {
            if (queries[i].Trim().Length == 0)
            {
                continue;
            }

            var top = searcher.Search(parser.Parse(queries[i]), 10).ScoreDocs;
            var ours = top.Select(h => (Id: searcher.Doc(h.Doc).Get(KnowledgeFields.Id), Score: h.Score)).ToList();
            var theirs = golden.GetValueOrDefault(i + 1) ?? [];
            Assert.True(theirs.Select(t => t.Id).SequenceEqual(ours.Select(o => o.Id)), $"query {i + 1} „{queries[i]}”: Java {string.Join(' ', theirs.Select(t => t.Id))} vs ours {string.Join(' ', ours.Select(o => o.Id))}");
            Assert.All(theirs.Zip(ours), p => Assert.Equal(p.First.Score, p.Second.Score, 0.0001f));
            compared += ours.Count;
        }

        Assert.True(compared >= 100, $"only {compared} hits compared");
    }

    private void Build()
    {
        _reports.CopyFilesFrom(TestPaths.Seeds);

        using var index = KnowledgeIndex.OpenOrCreate(_index.Path, Support.Analysis.WithLemmas);
        index.Update(_reports.Path);
    }

    public void Dispose()
    {
        _reports.Dispose();
        _index.Dispose();
    }
}

/// <summary>A fact that needs <c>java</c> and lucene-core 4.10.4 (resources/lucene410 from <c>scripts/setup --test</c>, or Debian's /usr/share/java); skipped, saying why, otherwise.</summary>
public sealed class JavaLuceneFactAttribute : FactAttribute
{
    /// <summary>Skips the test when Java Lucene 4.10 is not installed.</summary>
    public JavaLuceneFactAttribute()
    {
        if (CoreJar is null || !OnPath("java"))
        {
            Skip = "Java Lucene 4.10 not installed (java + lucene-core-4.10.4.jar: scripts/setup --test)";
        }
    }

    /// <summary>lucene-core-4.10.4.jar, if present.</summary>
    public static string? CoreJar { get; } = new[]
    {
        Path.Combine(TestPaths.Resources, "lucene410", "lucene-core-4.10.4.jar"),
        "/usr/share/java/lucene-core-4.10.4.jar",
    }.FirstOrDefault(File.Exists);

    private static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, command)));
}

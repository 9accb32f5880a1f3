using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PoznanAsk.Analysis;
using LuceneAnalyzerBase = Lucene.Net.Analysis.Analyzer;

namespace PoznanAsk.Bench;

/// <summary>
/// <c>index</c>: the procedure of ../shared/tools/lucene-bench on Lucene.Net 4.8 with our analysis — index a
/// make-corpus JSONL (id keyword, title and text with lucene-polish, all stored; BM25; 64 MB RAM buffer;
/// timed: stream + parse JSONL, add, commit), force-merge, time to open, then the query file
/// single-threaded (classic QueryParser, parse included) for the top 10, with and without highlighting
/// (Lucene.Net's Highlighter + QueryScorer), and concurrent searches on NIOFSDirectory, SimpleFSDirectory
/// and MMapDirectory (the measurement behind the index's directory kind). Prints a summary to stderr and
/// one JSON line to stdout.
/// </summary>
internal sealed class IndexBenchmark : IBenchmark
{
    private static readonly Similarity Bm25 = new BM25Similarity();

    public string Name => "index";

    public string Description => "--corpus FILE --queries FILE [--resources DIR] [--passes 5] [--warmup 2] [--index-dir DIR] [--threads 2]";

    public int Run(string[] args)
    {
        var corpus = Option(args, "--corpus");
        var queriesFile = Option(args, "--queries");
        if (corpus is null || queriesFile is null || !File.Exists(corpus) || !File.Exists(queriesFile))
        {
            Console.Error.WriteLine("index: --corpus FILE and --queries FILE are required (../shared/tools/corpus/make-corpus)");
            return 2;
        }

        var resources = Option(args, "--resources") ?? Environment.GetEnvironmentVariable("POZNANASK_RESOURCES") ?? AnalysisOptions.DefaultResourcesPath;
        var passes = int.Parse(Option(args, "--passes") ?? "5", CultureInfo.InvariantCulture);
        var warmup = int.Parse(Option(args, "--warmup") ?? "2", CultureInfo.InvariantCulture);
        var threads = int.Parse(Option(args, "--threads") ?? "2", CultureInfo.InvariantCulture);
        var dir = Option(args, "--index-dir") ?? Path.Combine(Path.GetTempPath(), "poznanask-bench-" + Environment.ProcessId);
        var reference = PolishAnalysis.Load(new AnalysisOptions { ResourcesPath = resources }).Reference;
        var luceneAnalyzer = reference.Lucene;
        var analyzer = new PerFieldAnalyzerWrapper(luceneAnalyzer, new Dictionary<string, LuceneAnalyzerBase> { ["title"] = luceneAnalyzer, ["text"] = luceneAnalyzer });
        var result = new Dictionary<string, object> { ["engine"] = "Lucene.Net 4.8.0-beta00017" };
        try
        {
            if (System.IO.Directory.Exists(dir))
            {
                System.IO.Directory.Delete(dir, recursive: true);
            }

            AnalysisOnly(corpus, reference, result);
            using (var directory = new NIOFSDirectory(new DirectoryInfo(dir)))
            {
                Index(corpus, directory, dir, analyzer, result);
            }

            var queries = File.ReadAllLines(queriesFile).Where(q => q.Length > 0).ToArray();
            using (var directory = new NIOFSDirectory(new DirectoryInfo(dir)))
            {
                using var reader = OpenTimed(directory, result);
                var searcher = new IndexSearcher(reader) { Similarity = Bm25 };
                result["query_top10"] = Queries(queries, analyzer, searcher, highlight: false, passes, warmup);
                result["query_top10_highlight"] = Queries(queries, analyzer, searcher, highlight: true, passes, warmup);
            }

            var concurrent = new Dictionary<string, object>();
            foreach (var (kind, open) in new (string, Func<FSDirectory>)[]
            {
                ("NIOFSDirectory", () => new NIOFSDirectory(new DirectoryInfo(dir))),
                ("SimpleFSDirectory", () => new SimpleFSDirectory(new DirectoryInfo(dir))),
                ("MMapDirectory", () => new MMapDirectory(new DirectoryInfo(dir))),
            })
            {
                using var directory = open();
                using var reader = DirectoryReader.Open(directory);
                concurrent[kind] = Concurrent(queries, analyzer, new IndexSearcher(reader) { Similarity = Bm25 }, threads, passes);
                Console.Error.WriteLine($"concurrent ({threads} threads) {kind}: {((Dictionary<string, object>)concurrent[kind])["qps"]} q/s");
            }

            result["concurrent_top10"] = concurrent;
        }
        finally
        {
            if (Option(args, "--index-dir") is null && System.IO.Directory.Exists(dir))
            {
                System.IO.Directory.Delete(dir, recursive: true);
            }
        }

        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    private static void Index(string corpus, FSDirectory directory, string dir, LuceneAnalyzerBase analyzer, Dictionary<string, object> result)
    {
        ResetPeakRss();
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        long docs = 0, utf8 = 0;
        long commitTicks;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = Bm25, RAMBufferSizeMB = 64, OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var line in File.ReadLines(corpus))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var title = root.GetProperty("title").GetString() ?? string.Empty;
                var text = root.GetProperty("text").GetString() ?? string.Empty;
                utf8 += Encoding.UTF8.GetByteCount(title) + Encoding.UTF8.GetByteCount(text);
                writer.AddDocument(new Document
                {
                    new StringField("id", root.GetProperty("id").GetString()!, Field.Store.YES),
                    new TextField("title", title, Field.Store.YES),
                    new TextField("text", text, Field.Store.YES),
                });
                docs++;
            }

            var c = Stopwatch.GetTimestamp();
            writer.Commit();
            commitTicks = Stopwatch.GetTimestamp() - c;
            sw.Stop();
            result["index_docs"] = docs;
            result["index_wall_s"] = Math.Round(sw.Elapsed.TotalSeconds, 3);
            result["index_commit_s"] = Math.Round(commitTicks / (double)Stopwatch.Frequency, 3);
            result["index_docs_per_s"] = Math.Round(docs / sw.Elapsed.TotalSeconds, 1);
            result["index_mb_per_s_title_text"] = Math.Round(utf8 / 1e6 / sw.Elapsed.TotalSeconds, 3);
            result["index_mb_per_s_jsonl"] = Math.Round(new FileInfo(corpus).Length / 1e6 / sw.Elapsed.TotalSeconds, 3);
            result["index_bytes"] = DirectoryBytes(dir);
            using (var r = DirectoryReader.Open(directory))
            {
                result["index_segments"] = r.Leaves.Count;
            }

            result["index_peak_rss_bytes"] = PeakRss();
            result["index_own_cpu_s"] = Math.Round((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, 3);
            result["index_peak_managed_bytes"] = GC.GetGCMemoryInfo().HeapSizeBytes;

            var m = Stopwatch.StartNew();
            writer.ForceMerge(1);
            writer.Commit();
            result["force_merge_s"] = Math.Round(m.Elapsed.TotalSeconds, 3);
        }

        result["index_bytes_after_force_merge"] = DirectoryBytes(dir);
        Console.Error.WriteLine($"index: {docs} docs in {result["index_wall_s"]} s = {result["index_docs_per_s"]} docs/s, {result["index_mb_per_s_title_text"]} MB/s title+text, {result["index_bytes"]} bytes, peak RSS {PeakRss() / 1e6:F0} MB");
    }

    // How much of indexing is the analyzer: the same title+text through it with a no-op sink.
    private static void AnalysisOnly(string corpus, Analyzer analyzer, Dictionary<string, object> result)
    {
        var texts = new List<string>();
        foreach (var line in File.ReadLines(corpus))
        {
            if (line.Length > 0)
            {
                using var json = JsonDocument.Parse(line);
                texts.Add(json.RootElement.GetProperty("title").GetString() ?? string.Empty);
                texts.Add(json.RootElement.GetProperty("text").GetString() ?? string.Empty);
            }
        }

        long tokens = 0;
        TokenSink sink = (_, _, _, _, _) => tokens++;
        foreach (var t in texts.Take(20_000))
        {
            analyzer.Analyze(t, sink); // warm-up
        }

        tokens = 0;
        var sw = Stopwatch.StartNew();
        foreach (var t in texts)
        {
            analyzer.Analyze(t, sink);
        }

        result["analysis_only_s"] = Math.Round(sw.Elapsed.TotalSeconds, 3);
        result["analysis_only_tokens"] = tokens;
        Console.Error.WriteLine($"analysis only: {tokens} tokens in {result["analysis_only_s"]} s");
    }

    private static DirectoryReader OpenTimed(FSDirectory directory, Dictionary<string, object> result)
    {
        ResetPeakRss();
        var times = new List<double>();
        DirectoryReader? reader = null;
        for (var i = 0; i < 5; i++)
        {
            reader?.Dispose();
            GC.Collect();
            var sw = Stopwatch.StartNew();
            reader = DirectoryReader.Open(directory);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        result["open_ms_median"] = Math.Round(times[times.Count / 2], 2);
        result["open_ms_first"] = Math.Round(times[0], 2);
        Console.Error.WriteLine($"open: median {result["open_ms_median"]} ms over 5 opens");
        return reader!;
    }

    private static Dictionary<string, object> Concurrent(string[] queries, LuceneAnalyzerBase analyzer, IndexSearcher searcher, int threads, int passes)
    {
        // Warm-up, then every thread runs the query list `passes` times with its own parser.
        Run(1);
        var sw = Stopwatch.StartNew();
        var executions = Enumerable.Range(0, threads).AsParallel().WithDegreeOfParallelism(threads).Select(_ => Run(passes)).Sum();
        var seconds = sw.Elapsed.TotalSeconds;
        return new Dictionary<string, object> { ["threads"] = threads, ["executions"] = executions, ["qps"] = Math.Round(executions / seconds, 1) };

        long Run(int n)
        {
            var parser = new QueryParser(LuceneVersion.LUCENE_48, "text", analyzer);
            long done = 0;
            for (var p = 0; p < n; p++)
            {
                foreach (var q in queries)
                {
                    searcher.Search(parser.Parse(q), 10);
                    done++;
                }
            }

            return done;
        }
    }

    private static Dictionary<string, object> Queries(string[] queries, LuceneAnalyzerBase analyzer, IndexSearcher searcher, bool highlight, int passes, int warmup)
    {
        var parser = new QueryParser(LuceneVersion.LUCENE_48, "text", analyzer);
        long checksum = 0, totalHits = 0;
        var cpu = TimeSpan.Zero;
        var perQuery = new double[queries.Length];
        var latencies = new List<double>(queries.Length * passes);
        for (var pass = -(warmup + 1); pass < passes; pass++)
        {
            if (pass == 0)
            {
                ResetPeakRss();
                GC.Collect();
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
            }

            totalHits = 0;
            for (var qi = 0; qi < queries.Length; qi++)
            {
                var q = queries[qi];
                var start = Stopwatch.GetTimestamp();
                var query = parser.Parse(q);
                var top = searcher.Search(query, 10);
                var highlighter = highlight ? new Highlighter(new SimpleHTMLFormatter(), new QueryScorer(query, "text")) : null;
                foreach (var hit in top.ScoreDocs)
                {
                    checksum += hit.Doc;
                    if (highlighter is not null)
                    {
                        var doc = searcher.Doc(hit.Doc);
                        checksum += doc.Get("id")!.Length + (doc.Get("title")?.Length ?? 0);
                        var text = doc.Get("text");
                        if (text is not null)
                        {
                            using var tokens = analyzer.GetTokenStream("text", text);
                            checksum += highlighter.GetBestFragments(tokens, text, 2).Sum(f => f.Length);
                        }
                    }
                }

                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                totalHits += top.TotalHits;
                if (pass >= 0)
                {
                    latencies.Add(elapsed);
                    perQuery[qi] = pass == 0 ? elapsed : Math.Min(perQuery[qi], elapsed);
                }
            }
        }

        if (Environment.GetEnvironmentVariable("POZNANASK_BENCH_SLOWEST") is { Length: > 0 } slowest)
        {
            foreach (var i in Enumerable.Range(0, queries.Length).OrderByDescending(i => perQuery[i]).Take(int.Parse(slowest, CultureInfo.InvariantCulture)))
            {
                Console.Error.WriteLine($"  slowest (best of passes) {perQuery[i]:F3} ms: {queries[i]}");
            }
        }

        latencies.Sort();
        double P(double p) => latencies[Math.Clamp((int)Math.Ceiling(p * latencies.Count) - 1, 0, latencies.Count - 1)];
        var r = new Dictionary<string, object>
        {
            ["executions"] = latencies.Count,
            ["qps"] = Math.Round(latencies.Count / (latencies.Sum() / 1000), 1),
            ["mean_ms"] = Math.Round(latencies.Average(), 4),
            ["p50_ms"] = Math.Round(P(0.50), 4),
            ["p90_ms"] = Math.Round(P(0.90), 4),
            ["p95_ms"] = Math.Round(P(0.95), 4),
            ["p99_ms"] = Math.Round(P(0.99), 4),
            ["max_ms"] = Math.Round(latencies[^1], 4),
            ["total_hits_one_pass"] = totalHits,
            ["peak_rss_bytes"] = PeakRss(),
            ["own_cpu_s"] = Math.Round((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, 3),
            ["checksum"] = checksum,
        };
        Console.Error.WriteLine($"query{(highlight ? "+highlight" : string.Empty)}: p50 {r["p50_ms"]} ms, p95 {r["p95_ms"]} ms, p99 {r["p99_ms"]} ms, {r["qps"]} q/s, hits/pass {totalHits}");
        return r;
    }

    private static long DirectoryBytes(string dir) => new DirectoryInfo(dir).EnumerateFiles().Where(f => f.Name != "write.lock").Sum(f => f.Length);

    // VmHWM, reset per phase through /proc/self/clear_refs as lucene-bench does (Linux only; else process peak).
    private static void ResetPeakRss()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static long PeakRss()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return Process.GetCurrentProcess().PeakWorkingSet64;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

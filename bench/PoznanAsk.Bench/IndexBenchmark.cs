using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PoznanAsk.Analysis;
using PoznanAsk.Search;
using PoznanAsk.Search.Documents;
using PoznanAsk.Search.Highlighting;
using PoznanAsk.Search.Indexing;
using PoznanAsk.Search.Querying;
using PoznanAsk.Search.Querying.Parsing;
using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Schema;

namespace PoznanAsk.Bench;

/// <summary>
/// <c>index</c>: the procedure of ../shared/tools/lucene-bench on our engine — index a make-corpus JSONL
/// (id keyword, title and text with lucene-polish, all stored; timed: stream + parse JSONL, add, commit),
/// force-merge, time to open, then the query file single-threaded (parse included) for the top 10,
/// with and without highlighting. Prints a summary to stderr and one JSON line to stdout.
/// </summary>
internal sealed class IndexBenchmark : IBenchmark
{
    public string Name => "index";

    public string Description => "--corpus FILE --queries FILE [--resources DIR] [--passes 5] [--warmup 2] [--index-dir DIR]";

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
        var dir = Option(args, "--index-dir") ?? Path.Combine(Path.GetTempPath(), "poznanask-bench-" + Environment.ProcessId);
        var analyzer = PolishAnalysis.Load(new AnalysisOptions { ResourcesPath = resources }).Reference;
        var schema = new IndexSchema(
        [
            FieldDefinition.Keyword("id"),
            FieldDefinition.Text("title", analyzer.Name),
            FieldDefinition.Text("text", analyzer.Name),
        ]);
        var result = new Dictionary<string, object>();
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }

            var options = new SearchOptions { IndexPath = dir };
            AnalysisOnly(corpus, analyzer, result);
            Index(corpus, options, schema, analyzer, result);
            var reader = OpenTimed(dir, result);
            var queries = File.ReadAllLines(queriesFile).Where(q => q.Length > 0).ToArray();
            var parser = new QueryParser(schema, [analyzer], "text");
            var searcher = new IndexSearcher(reader);
            var highlighter = new Highlighter(searcher, [analyzer]);
            result["query_top10"] = Queries(queries, parser, searcher, null, passes, warmup);
            result["query_top10_highlight"] = Queries(queries, parser, searcher, highlighter, passes, warmup);
        }
        finally
        {
            if (Option(args, "--index-dir") is null && Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    private static void Index(string corpus, SearchOptions options, IndexSchema schema, Analyzer analyzer, Dictionary<string, object> result)
    {
        ResetPeakRss();
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        long docs = 0, utf8 = 0;
        long commitTicks;
        using (var writer = IndexWriter.Open(options, schema, [analyzer]))
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
                writer.Add(new Document().Add("id", root.GetProperty("id").GetString()!).Add("title", title).Add("text", text));
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
            result["index_bytes"] = DirectoryBytes(options.IndexPath);
            result["index_segments"] = IndexReader.Open(options.IndexPath).SegmentCount;
            result["index_peak_rss_bytes"] = PeakRss();
            result["index_own_cpu_s"] = Math.Round((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, 3);
            result["index_peak_managed_bytes"] = GC.GetGCMemoryInfo().HeapSizeBytes;

            var m = Stopwatch.StartNew();
            writer.ForceMerge();
            writer.Commit();
            result["force_merge_s"] = Math.Round(m.Elapsed.TotalSeconds, 3);
        }

        result["index_bytes_after_force_merge"] = DirectoryBytes(options.IndexPath);
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

    private static IndexReader OpenTimed(string dir, Dictionary<string, object> result)
    {
        ResetPeakRss();
        var times = new List<double>();
        IndexReader? reader = null;
        for (var i = 0; i < 5; i++)
        {
            GC.Collect();
            var sw = Stopwatch.StartNew();
            reader = IndexReader.Open(dir);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        result["open_ms_median"] = Math.Round(times[times.Count / 2], 2);
        result["open_ms_first"] = Math.Round(times[0], 2);
        Console.Error.WriteLine($"open: median {result["open_ms_median"]} ms over 5 opens");
        return reader!;
    }

    private static Dictionary<string, object> Queries(string[] queries, QueryParser parser, IndexSearcher searcher, Highlighter? highlighter, int passes, int warmup)
    {
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
                foreach (var hit in top.Hits)
                {
                    checksum += hit.Doc;
                    if (highlighter is not null)
                    {
                        var doc = searcher.Document(hit.Doc);
                        checksum += doc.Get("id")!.Length + (doc.Get("title")?.Length ?? 0);
                        var text = doc.Get("text");
                        if (text is not null)
                        {
                            checksum += highlighter.Highlight(query, "text", text).Sum(f => f.Text.Length);
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
        Console.Error.WriteLine($"query{(highlighter is null ? string.Empty : "+highlight")}: p50 {r["p50_ms"]} ms, p95 {r["p95_ms"]} ms, p99 {r["p99_ms"]} ms, {r["qps"]} q/s, hits/pass {totalHits}");
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

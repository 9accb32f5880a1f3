using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using PoznanAsk.Answering;
using PoznanAsk.Answering.Evaluation;
using PoznanAsk.Answering.Service;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Bench;

/// <summary>
/// <c>answer</c>: in-process latency of <see cref="PoznanAskEngine.Ask"/> (parse, link, compose, cite)
/// over the question set, first on the seeds alone, then with a make-corpus JSONL (e.g. 10k
/// passages) added to the same knowledge base as extra report passages, so every search and
/// "closest passages" answer scans the larger index. Prints p50/p90/p99/max per corpus and per
/// intent, the time to build the answering indexes, and one JSON line for scripts/bench-answer.
/// </summary>
internal sealed class AnswerBenchmark : IBenchmark
{
    private const int ClockThreadCpuTime = 3;

    public string Name => "answer";

    public string Description => "--reports DIR --questions FILE [--corpus FILE.jsonl] [--queries FILE] [--resources DIR] [--passes N]";

    public int Run(string[] args)
    {
        var reports = Option(args, "--reports") ?? "seeds";
        var questionsFile = Option(args, "--questions") ?? Path.Combine("tests", "TestData", "questions", "seeds.jsonl");
        var corpus = Option(args, "--corpus");
        var queriesFile = Option(args, "--queries");
        var resources = Option(args, "--resources") ?? Environment.GetEnvironmentVariable("POZNANASK_RESOURCES") ?? "resources";
        var passes = int.Parse(Option(args, "--passes") ?? "5", CultureInfo.InvariantCulture);
        PoznanAskEngine seeds;
        IReadOnlyList<string> questions;
        try
        {
            // Nothing kept: every pass computes its answers (the host keeps them per snapshot; bench-http measures both).
            seeds = PoznanAskEngine.Open(new EngineOptions { ReportsPath = reports, ResourcesPath = resources, Cache = CacheOptions.Off });
            questions = EvalRunner.Read(questionsFile).Select(q => q.Question.Question).ToList();
        }
        catch (AnsweringException ex)
        {
            Console.Error.WriteLine("answer: " + ex.Message);
            return 1;
        }

        var result = new Dictionary<string, object>();
        Console.WriteLine($"answer latency, {questions.Count} questions × {passes} passes (after ≥ 2 s of warm-up), analyzer {seeds.Analyzer?.Name}");
        result["seeds"] = Measure("seeds", seeds, questions, passes);
        if (corpus is not null)
        {
            var passages = ReadCorpus(corpus);
            var gcBefore = GC.GetTotalMemory(forceFullCollection: true);
            var sw = Stopwatch.StartNew();
            var (analysis, _) = PoznanAskEngine.LoadAnalysis(resources, seeds.Analyzer!.Name);
            using var big = PoznanAskEngine.Create(WithPassages(seeds.Knowledge, passages), analysis, seeds.Analyzer);
            var build = sw.Elapsed.TotalMilliseconds;
            var memory = GC.GetTotalMemory(forceFullCollection: true) - gcBefore;
            Console.WriteLine($"corpus: {passages.Count:N0} extra passages; answering indexes built in {build:F0} ms, {memory / 1e6:F1} MB managed");
            var mixed = questions.ToList();
            if (queriesFile is not null && File.Exists(queriesFile))
            {
                mixed.AddRange(File.ReadLines(queriesFile).Where(l => l.Trim().Length > 0).Take(200));
            }

            var big10k = Measure($"seeds+{passages.Count}", big, mixed, passes);
            big10k["build_ms"] = Math.Round(build, 1);
            big10k["managed_bytes"] = memory;
            result["corpus"] = big10k;
        }

        Console.WriteLine(JsonSerializer.Serialize(result));
        seeds.Dispose();
        return 0;
    }

    private static Dictionary<string, object> Measure(string label, PoznanAskEngine engine, IReadOnlyList<string> questions, int passes)
    {
        // Warm up for two passes and at least 2 s, so tiered JIT has promoted the hot paths.
        var warm = Stopwatch.StartNew();
        for (var w = 0; w < 2 || warm.Elapsed < TimeSpan.FromSeconds(2); w++)
        {
            foreach (var q in questions)
            {
                engine.Ask(q);
            }
        }

        var all = new List<double>(questions.Count * passes);
        var threadCpu = new List<double>(questions.Count * passes);
        var byIntent = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.GetTimestamp();
        for (var p = 0; p < passes; p++)
        {
            foreach (var q in questions)
            {
                var c0 = ThreadCpuMs();
                var t0 = Stopwatch.GetTimestamp();
                var a = engine.Ask(q);
                var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                threadCpu.Add(ThreadCpuMs() - c0);
                all.Add(ms);
                (byIntent.TryGetValue(a.Intent, out var l) ? l : byIntent[a.Intent] = []).Add(ms);
            }
        }

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var wallMs = Stopwatch.GetElapsedTime(wall).TotalMilliseconds;
        var parse = new List<double>();
        foreach (var q in questions)
        {
            var t0 = Stopwatch.GetTimestamp();
            engine.Composer.Parser.Parse(q, null);
            parse.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }

        parse.Sort();
        all.Sort();
        threadCpu.Sort();
        Console.WriteLine($"{label,-14} thread CPU per answer: p50 {Pct(threadCpu, 50):F3} ms, p90 {Pct(threadCpu, 90):F3} ms, p99 {Pct(threadCpu, 99):F3} ms, max {threadCpu[^1]:F3} ms");
        // On a shared machine the wall-clock tail includes time other processes held the CPU; the
        // process CPU time per answer is the cost itself (it also counts GC and JIT threads).
        Console.WriteLine($"{label,-14} process CPU per answer {cpuMs / all.Count:F3} ms (wall {wallMs / all.Count:F3} ms)");
        Console.WriteLine($"{label,-14} question parsing alone: p50 {Pct(parse, 50):F3} ms, p99 {Pct(parse, 99):F3} ms, mean {parse.Average():F3} ms");
        Console.WriteLine($"{label,-14} n={all.Count,5}  p50 {Pct(all, 50),7:F3} ms  p90 {Pct(all, 90),7:F3} ms  p99 {Pct(all, 99),7:F3} ms  max {all[^1],7:F3} ms  mean {all.Average(),7:F3} ms  alloc {allocated / all.Count / 1024.0,7:F1} KB/answer");
        foreach (var (intent, list) in byIntent.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            list.Sort();
            Console.WriteLine($"  {intent,-18} n={list.Count,5}  p50 {Pct(list, 50),7:F3} ms  p99 {Pct(list, 99),7:F3} ms");
        }

        return new Dictionary<string, object>
        {
            ["answers"] = all.Count,
            ["p50_ms"] = Math.Round(Pct(all, 50), 4),
            ["p90_ms"] = Math.Round(Pct(all, 90), 4),
            ["p99_ms"] = Math.Round(Pct(all, 99), 4),
            ["max_ms"] = Math.Round(all[^1], 4),
            ["mean_ms"] = Math.Round(all.Average(), 4),
            ["allocated_bytes_per_answer"] = allocated / all.Count,
            ["cpu_ms_per_answer"] = Math.Round(cpuMs / all.Count, 4),
            ["thread_cpu_p50_ms"] = Math.Round(Pct(threadCpu, 50), 4),
            ["thread_cpu_p99_ms"] = Math.Round(Pct(threadCpu, 99), 4),
        };
    }

    // The answering thread's own CPU time (Linux clock_gettime): what an answer costs, without the
    // time other processes held the core — on a shared machine the wall-clock tail is mostly that.
    private static double ThreadCpuMs()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTime, out var ts) == 0 ? (ts.Seconds * 1e3) + (ts.Nanoseconds / 1e6) : 0;
        }
        catch (EntryPointNotFoundException)
        {
            return 0;
        }
        catch (DllNotFoundException)
        {
            return 0;
        }
    }

#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code in the project; one blittable call does not.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // Nearest rank, as lucene-bench reports its percentiles.
    private static double Pct(List<double> sorted, int p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static KnowledgeBase WithPassages(KnowledgeBase kb, IReadOnlyList<(string Id, string Title, string Text)> extra)
    {
        var years = kb.Years.Count == 0 ? [2000] : kb.Years;
        var added = extra.Select((e, i) => new Passage("c-" + e.Id, "corpus.jsonl", years[i % years.Count], e.Title, PassageKind.Paragraph, e.Text, 0, e.Text.Length));
        return new KnowledgeBase(kb.Reports, kb.Passages.Concat(added).ToList(), kb.Lists, kb.Memberships, kb.Events, kb.Activities, kb.Organisations, kb.Warnings);
    }

    private static List<(string Id, string Title, string Text)> ReadCorpus(string path)
    {
        var list = new List<(string, string, string)>();
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            list.Add((r.GetProperty("id").GetString() ?? string.Empty, r.GetProperty("title").GetString() ?? string.Empty, r.GetProperty("text").GetString() ?? string.Empty));
        }

        return list;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

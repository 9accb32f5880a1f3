using System.Diagnostics;
using System.Globalization;
using PoznanAsk.Analysis.Morfologik;

namespace PoznanAsk.Bench;

/// <summary>
/// Morfologik dictionary: load time, retained memory, lookups/s and lemmas/s on a word list (one word
/// per line), measured like the oracle's <c>bench</c> (a warm-up round, then timed rounds that
/// materialise every lemma and tag string). scripts/bench-morfologik runs both on the same list.
/// </summary>
internal sealed class MorfologikBenchmark : IBenchmark
{
    public string Name => "morfologik";

    public string Description => "Morfologik lookups/s, lemmas/s, load ms, memory: --words FILE [--rounds 3] [--resources DIR] [--text FILE]...";

    public int Run(string[] args)
    {
        string? words = null, resources = Environment.GetEnvironmentVariable("POZNANASK_RESOURCES");
        var texts = new List<string>();
        var rounds = 3;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--words": words = args[i + 1]; break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--resources": resources = args[i + 1]; break;
                case "--text": texts.Add(args[i + 1]); break;
                default: Console.Error.WriteLine($"morfologik: unknown option {args[i]}"); return 2;
            }
        }

        if (words is null || resources is null)
        {
            Console.Error.WriteLine("morfologik: --words FILE and --resources DIR (or POZNANASK_RESOURCES) are required");
            return 2;
        }

        var options = new MorfologikOptions { ResourcesPath = resources };
        var dictionary = MeasureLoad(options);
        var list = File.ReadAllText(words).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine($"word list: {list.Length:N0} words from {words}");
        MeasureLookups(dictionary, list, rounds);
        MeasureFilter(options, list);
        MorfologikDiacriticsReport.Run(dictionary, list.Distinct(StringComparer.Ordinal), "distinct words of the word list");
        if (texts.Count > 0)
        {
            MorfologikDiacriticsReport.Run(dictionary, texts.SelectMany(MorfologikDiacriticsReport.TextTokens), "running text, token-weighted");
        }

        return 0;
    }

    private static MorfologikDictionary MeasureLoad(MorfologikOptions options)
    {
        var times = new List<double>();
        var cpuTimes = new List<double>();
        MorfologikDictionary? dictionary = null;
        for (var i = 0; i < 5; i++)
        {
            dictionary = null;
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            dictionary = MorfologikDictionary.Load(options);
            times.Add(watch.Elapsed.TotalMilliseconds);
            cpuTimes.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            var after = GC.GetTotalMemory(forceFullCollection: true);
            if (i == 4)
            {
                Console.WriteLine($"dictionary: {dictionary.Format}, {dictionary.SizeInBytes:N0} bytes of arcs, retained memory {(after - before) / 1048576.0:F2} MiB");
            }
        }

        Console.WriteLine(FormattableString.Invariant($"load (read + full structural validation): first {times[0]:F1} ms wall / {cpuTimes[0]:F1} ms CPU (cold, incl. JIT), then best {times.Skip(1).Min():F1} ms wall, median {times.Skip(1).Order().ElementAt(2):F1} ms wall / {cpuTimes.Skip(1).Order().ElementAt(2):F1} ms CPU"));
        var sha = Stopwatch.StartNew();
        MorfologikDictionary.Load(options.DictionaryFilePath, null, MorfologikDictionary.PolishDictionarySha256);
        Console.WriteLine(FormattableString.Invariant($"load with sha256 check: {sha.Elapsed.TotalMilliseconds:F1} ms"));
        return dictionary!;
    }

    private static void MeasureLookups(MorfologikDictionary dictionary, string[] words, int rounds)
    {
        var lookup = dictionary.CreateLookup();
        var results = new List<WordLemma>();
        long sink = 0;
        foreach (var w in words)
        {
            results.Clear();
            lookup.Lookup(w, results);
            sink += results.Count;
        }

        double bestWords = 0, bestLemmas = 0;
        for (var r = 0; r < rounds; r++)
        {
            long lemmas = 0, hits = 0;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            foreach (var w in words)
            {
                results.Clear();
                var n = lookup.Lookup(w, results);
                hits += n > 0 ? 1 : 0;
                lemmas += n;
                foreach (var x in results)
                {
                    sink += x.Lemma.Length + (x.Tag?.Length ?? 0);
                }
            }

            var s = watch.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            bestWords = Math.Max(bestWords, words.Length / s);
            bestLemmas = Math.Max(bestLemmas, lemmas / s);
            Console.WriteLine(FormattableString.Invariant($"round {r}: {words.Length} words in {s:F3} s = {words.Length / s:F0} words/s, {lemmas} lemma+tag pairs = {lemmas / s:F0} lemmas/s ({hits} words found, {allocated / (double)words.Length:F0} bytes allocated/word incl. result strings; CPU {cpuSeconds:F3} s = {words.Length / cpuSeconds:F0} words per CPU-second)"));
        }

        var findWatch = Stopwatch.StartNew();
        long findLemmas = 0;
        var findAllocated = GC.GetAllocatedBytesForCurrentThread();
        foreach (var w in words)
        {
            var found = lookup.Find(w);
            findLemmas += found.Count;
            foreach (var e in found)
            {
                sink += e.Lemma.Length + e.Tag.Length;
            }
        }

        var fs = findWatch.Elapsed.TotalSeconds;
        findAllocated = GC.GetAllocatedBytesForCurrentThread() - findAllocated;
        Console.WriteLine(FormattableString.Invariant($"Find (spans, no strings): {words.Length / fs:F0} words/s, {findLemmas / fs:F0} lemmas/s, {findAllocated} bytes allocated in total"));
        Console.WriteLine(FormattableString.Invariant($"RESULT csharp words/s {bestWords:F0} lemmas/s {bestLemmas:F0} (sink {sink})"));
    }

    private static void MeasureFilter(MorfologikOptions options, string[] words)
    {
        var analyzer = PolishLemmaAnalyzer.Load(options);
        var chunks = words.Chunk(1000).Select(c => string.Join(' ', c)).ToArray();
        long tokens = 0;
        void Sink(ReadOnlySpan<char> term, int start, int end, int increment, PoznanAsk.Analysis.TokenType type) => tokens++;
        foreach (var chunk in chunks)
        {
            analyzer.Analyze(chunk, Sink);
        }

        tokens = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        foreach (var chunk in chunks)
        {
            analyzer.Analyze(chunk, Sink);
        }

        var s = watch.Elapsed.TotalSeconds;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine(FormattableString.Invariant($"polish-lemma analyzer (tokenizer + stop words + lemmas + restoration of unknown words): {words.Length / s:F0} words/s, {tokens / s:F0} terms/s, {allocated / (double)words.Length:F1} bytes allocated/word"));
    }
}

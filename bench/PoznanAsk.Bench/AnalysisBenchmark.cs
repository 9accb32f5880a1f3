using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PoznanAsk.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using PoznanAsk.Analysis.Formatting;

namespace PoznanAsk.Bench;

/// <summary>
/// <c>analysis</c>: tokenize-only, standalone Stempel (the procedure of lucene-bench's stemming
/// phase: StandardTokenizer + lower-casing, every token through the stemmer, tokenization timed
/// separately) and the full analyzer chains over a make-corpus JSONL; prints tokens/s and bytes
/// allocated per token, plus one JSON line for scripts/bench-analysis. Also hosts two dev
/// modes: <c>--analyze</c> (oracle-format output for scripts/oracle-compare) and <c>--report</c>
/// (the deviation and folding measurements of docs/analysis.md).
/// </summary>
internal sealed class AnalysisBenchmark : IBenchmark
{
    public string Name => "analysis";

    public string Description => "--corpus FILE [--resources DIR] [--passes N] | --analyze [--analyzer NAME] [--per-line] [--types] | --report --corpus FILE";

    public int Run(string[] args)
    {
        string? corpus = Option(args, "--corpus");
        string resources = Option(args, "--resources") ?? Environment.GetEnvironmentVariable("POZNANASK_RESOURCES") ?? AnalysisOptions.DefaultResourcesPath;
        PolishAnalysis analysis;
        try
        {
            analysis = PolishAnalysis.Load(new AnalysisOptions { ResourcesPath = resources });
        }
        catch (AnalysisException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }

        if (args.Contains("--analyze"))
        {
            return AnalyzeStdin(analysis.Get(Option(args, "--analyzer") ?? PolishAnalysis.ReferenceName), args.Contains("--per-line"), args.Contains("--types"));
        }

        if (corpus is null || !File.Exists(corpus))
        {
            Console.Error.WriteLine($"analysis: --corpus FILE is required (got '{corpus}'); build one with ../shared/tools/corpus/make-corpus");
            return 2;
        }

        var texts = ReadCorpus(corpus);
        if (args.Contains("--report"))
        {
            AnalysisReport.Print(analysis, texts, Option(args, "--seeds"));
            return 0;
        }

        int passes = int.Parse(Option(args, "--passes") ?? "3", CultureInfo.InvariantCulture);
        Measure(analysis, texts, passes);
        return 0;
    }

    private static void Measure(PolishAnalysis analysis, List<string> texts, int passes)
    {
        long utf8Bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        var stemmer = analysis.Stemmer;
        // Lucene.Net's StandardTokenizer + LowerCaseFilter, the head of every chain.
        var tokenizer = new LuceneChainAnalyzer("tokenize-lowercase", LuceneChainAnalyzer.Chain(t => new LowerCaseFilter(PolishAnalysis.Version, t)), t => t).Lucene;
        var results = new Dictionary<string, object>();

        // Warm-up: one unmeasured pass of each phase (JIT tiering), as lucene-bench warms up on the corpus.
        StemPass(texts, tokenizer, stemmer, out _);
        foreach (var name in analysis.Names)
        {
            ChainPass(analysis.Get(name), texts);
        }

        var best = (TokPerS: 0.0, StemPerS: 0.0, Tokens: 0L, TokAlloc: 0.0, StemAlloc: 0.0, Nulls: 0L);
        for (int p = 0; p < passes; p++)
        {
            var r = StemPass(texts, tokenizer, stemmer, out var figures);
            if (figures.StemPerS > best.StemPerS)
            {
                best = figures;
            }

            GC.KeepAlive(r);
        }

        Console.WriteLine($"corpus: {texts.Count} docs, {utf8Bytes / 1e6:F1} MB title+text UTF-8, {best.Tokens} tokens");
        Console.WriteLine($"tokenize+lowercase: {best.TokPerS,12:N0} tokens/s  {best.TokAlloc:F2} B/token");
        Console.WriteLine($"stempel standalone: {best.StemPerS,12:N0} tokens/s  {best.StemAlloc:F2} B/token  ({best.Nulls} null stems)");
        results["tokens"] = best.Tokens;
        results["tokenize_lowercase_tokens_per_s"] = Math.Round(best.TokPerS, 1);
        results["tokenize_bytes_per_token"] = Math.Round(best.TokAlloc, 3);
        results["stem_tokens_per_s"] = Math.Round(best.StemPerS, 1);
        results["stem_bytes_per_token"] = Math.Round(best.StemAlloc, 3);
        results["stem_null_results"] = best.Nulls;
        foreach (var name in analysis.Names.Order(StringComparer.Ordinal))
        {
            var chainBest = (PerS: 0.0, Tokens: 0L, Alloc: 0.0, MbPerS: 0.0);
            for (int p = 0; p < passes; p++)
            {
                var (tokens, seconds, allocated) = ChainPass(analysis.Get(name), texts);
                double perS = tokens / seconds;
                if (perS > chainBest.PerS)
                {
                    chainBest = (perS, tokens, (double)allocated / tokens, utf8Bytes / 1e6 / seconds);
                }
            }

            Console.WriteLine($"chain {name,-14}: {chainBest.PerS,12:N0} tokens/s  {chainBest.MbPerS:F1} MB/s  {chainBest.Alloc:F2} B/token  ({chainBest.Tokens} tokens)");
            results[$"chain_{name}_tokens"] = chainBest.Tokens;
            results[$"chain_{name}_tokens_per_s"] = Math.Round(chainBest.PerS, 1);
            results[$"chain_{name}_bytes_per_token"] = Math.Round(chainBest.Alloc, 3);
        }

        Console.WriteLine(JsonSerializer.Serialize(results));
    }

    private static long StemPass(List<string> texts, global::Lucene.Net.Analysis.Analyzer tokenizer, Analysis.Stempel.StempelStemmer stemmer, out (double TokPerS, double StemPerS, long Tokens, double TokAlloc, double StemAlloc, long Nulls) figures)
    {
        var termChars = new char[1 << 16];
        var termStarts = new int[4096];
        var termLengths = new int[4096];
        var stem = new char[1024];
        long tokens = 0, nulls = 0, check = 0, tokTicks = 0, stemTicks = 0, tokAlloc = 0, stemAlloc = 0;
        foreach (var text in texts)
        {
            long a0 = GC.GetAllocatedBytesForCurrentThread();
            long t0 = Stopwatch.GetTimestamp();
            int count = 0, used = 0;
            using (var stream = tokenizer.GetTokenStream("text", text))
            {
                var chars = stream.AddAttribute<ICharTermAttribute>();
                stream.Reset();
                while (stream.IncrementToken())
                {
                    int length = chars.Length;
                    if (count == termStarts.Length)
                    {
                        Array.Resize(ref termStarts, count * 2);
                        Array.Resize(ref termLengths, count * 2);
                    }

                    if (used + length > termChars.Length)
                    {
                        Array.Resize(ref termChars, Math.Max(termChars.Length * 2, used + length));
                    }

                    chars.Buffer.AsSpan(0, length).CopyTo(termChars.AsSpan(used, length));
                    termStarts[count] = used;
                    termLengths[count++] = length;
                    used += length;
                }

                stream.End();
            }

            long t1 = Stopwatch.GetTimestamp();
            long a1 = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < count; i++)
            {
                int n = stemmer.Stem(termChars.AsSpan(termStarts[i], termLengths[i]), stem);
                if (n < 0)
                {
                    nulls++;
                }
                else
                {
                    check += n;
                }
            }

            long t2 = Stopwatch.GetTimestamp();
            long a2 = GC.GetAllocatedBytesForCurrentThread();
            tokens += count;
            tokTicks += t1 - t0;
            stemTicks += t2 - t1;
            tokAlloc += a1 - a0;
            stemAlloc += a2 - a1;
        }

        double f = Stopwatch.Frequency;
        figures = (tokens / (tokTicks / f), tokens / (stemTicks / f), tokens, (double)tokAlloc / tokens, (double)stemAlloc / tokens, nulls);
        return check;
    }

    private static (long Tokens, double Seconds, long Allocated) ChainPass(Analyzer analyzer, List<string> texts)
    {
        long tokens = 0;
        TokenSink sink = (term, _, _, _, _) => tokens++;
        long a0 = GC.GetAllocatedBytesForCurrentThread();
        long t0 = Stopwatch.GetTimestamp();
        foreach (var text in texts)
        {
            analyzer.Analyze(text, sink);
        }

        double seconds = (Stopwatch.GetTimestamp() - t0) / (double)Stopwatch.Frequency;
        return (tokens, seconds, GC.GetAllocatedBytesForCurrentThread() - a0);
    }

    private static int AnalyzeStdin(Analyzer analyzer, bool perLine, bool types)
    {
        var input = Console.OpenStandardInput();
        using var reader = new StreamReader(input, new UTF8Encoding(false));
        string data = reader.ReadToEnd();
        if (data.StartsWith('\uFEFF'))
        {
            data = data[1..];
        }

        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
        if (perLine)
        {
            var lines = data.Split('\n');
            int count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
            for (int i = 0; i < count; i++)
            {
                string line = lines[i].EndsWith('\r') ? lines[i][..^1] : lines[i];
                TokenFormatter.Write(output, analyzer.Analyze(line), types, (i + 1).ToString(CultureInfo.InvariantCulture) + "\t");
            }
        }
        else
        {
            TokenFormatter.Write(output, analyzer.Analyze(data), types);
        }

        output.Flush();
        return 0;
    }

    private static List<string> ReadCorpus(string path)
    {
        var texts = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            string title = doc.RootElement.TryGetProperty("title", out var t) ? t.GetString() ?? string.Empty : string.Empty;
            string text = doc.RootElement.TryGetProperty("text", out var x) ? x.GetString() ?? string.Empty : string.Empty;
            texts.Add(title + "\n" + text);
        }

        return texts;
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

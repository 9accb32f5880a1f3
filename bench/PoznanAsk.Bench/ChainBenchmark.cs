using System.Globalization;
using PoznanAsk.Analysis;
using PoznanAsk.Analysis.Morfologik;
using PoznanAsk.Bench.Chain;

namespace PoznanAsk.Bench;

/// <summary>
/// The index chain chosen by measured retrieval (issue 7, docs/index-chain.md): each candidate schema
/// (Stempel, Morfologik lemmas, folded sub-field, combinations) is built with the real index engine over
/// the report passages, every judged question is parsed leniently over the same fields, and recall@5,
/// recall@1 and MRR are printed per option and per question group, for a fixed boost setting and for
/// the best setting of one small grid shared by all options.
/// </summary>
internal sealed class ChainBenchmark : IBenchmark
{
    public string Name => "chain";

    public string Description => "index chain retrieval: --corpus DIR... --judgments FILE [--resources DIR] [--grid 0.25,0.5,1,2] [--distractors PASSAGES.jsonl]... [--details] [--grid-of OPTION] | --derive Q.jsonl... | --keys";

    public int Run(string[] args)
    {
        var corpora = new List<string>();
        var derive = new List<string>();
        var distractorFiles = new List<string>();
        string? judgmentsPath = null, resources = Environment.GetEnvironmentVariable("POZNANASK_RESOURCES");
        float[] grid = [0.25f, 0.5f, 1f, 2f];
        bool details = false, keys = false;
        string? gridOption = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--corpus": corpora.Add(Next()); break;
                case "--judgments": judgmentsPath = Next(); break;
                case "--resources": resources = Next(); break;
                case "--derive": derive.Add(Next()); break;
                case "--distractors": distractorFiles.Add(Next()); break;
                case "--grid": grid = [.. Next().Split(',').Select(s => float.Parse(s, CultureInfo.InvariantCulture))]; break;
                case "--details": details = true; break;
                case "--grid-of": gridOption = Next(); break;
                case "--keys": keys = true; break;
                default: Console.Error.WriteLine($"chain: unknown option {args[i]}"); return 2;
            }
        }

        if (corpora.Count == 0 || (judgmentsPath is null && derive.Count == 0 && !keys))
        {
            Console.Error.WriteLine("chain: --corpus DIR (one or more) and --judgments FILE (or --derive FILE / --keys) are required");
            return 2;
        }

        var corpus = ChainCorpus.Load(corpora);
        if (keys)
        {
            foreach (var p in corpus.Passages)
            {
                Console.WriteLine($"{p.Source}\t{p.Year}\t{p.Kind}\t{corpus.UniqueKey(p)}\t{Short(p.Text, 90)}");
            }

            return 0;
        }

        if (derive.Count > 0)
        {
            JudgmentDeriver.Write(derive, corpus, Console.Out);
            return 0;
        }

        if (resources is null)
        {
            Console.Error.WriteLine("chain: --resources DIR (or POZNANASK_RESOURCES) is required");
            return 2;
        }

        var analysisOptions = new AnalysisOptions { ResourcesPath = resources };
        var analysis = PolishAnalysis.Load(analysisOptions).WithAnalyzer(PolishLemmaAnalyzer.Load(analysisOptions));
        var judgments = JudgmentFile.Read(judgmentsPath!, corpus);
        Console.WriteLine($"corpus: {corpus.Passages.Count} passages ({corpus.Passages.Count(p => p.Kind == Knowledge.Model.PassageKind.Paragraph)} paragraphs, {corpus.Passages.Count(p => p.Kind == Knowledge.Model.PassageKind.List)} lists) from {string.Join(", ", corpora)}");
        Console.WriteLine($"judged questions: {judgments.Count} ({string.Join(", ", JudgmentFile.Groups.Select(g => $"{g} {judgments.Count(j => j.Group == g)}"))}); relevant passages per question: {judgments.Average(j => j.Relevant.Count):F2} on average");
        Console.WriteLine("recall@k = |relevant in top k| / min(k, |relevant|); MRR over the top 10; queries: QueryParser.ParseLenient, OR over all fields of the option");
        Console.WriteLine();

        Evaluate(analysis, corpus, judgments, [], grid, details, gridOption, "reports only");
        if (distractorFiles.Count > 0)
        {
            var distractors = distractorFiles.SelectMany(Distractors.Read).ToList();
            Console.WriteLine();
            Evaluate(analysis, corpus, judgments, distractors, grid, details, gridOption, $"reports + {distractors.Count:N0} off-topic Polish distractor passages ({string.Join(", ", distractorFiles.Select(Path.GetFileName))})");
        }

        return 0;
    }

    private static void Evaluate(PolishAnalysis analysis, ChainCorpus corpus, List<Judgment> judgments, IReadOnlyList<string> distractors, float[] grid, bool details, string? gridOption, string setting)
    {
        Console.WriteLine($"######## corpus: {setting}");
        var runs = ChainOption.All.Select(o => RetrievalRun.Build(o, analysis, corpus, distractors)).ToList();
        try
        {
            var fixedResults = runs.ToDictionary(r => r.Option.Key, r => r.Evaluate(judgments, Fixed(r.Option)));
            ChainTable.Print("fixed boosts: primary text 1.0, every sub-field 0.5", runs, r => (Describe(Fixed(r.Option)), fixedResults[r.Option.Key]));

            var best = runs.ToDictionary(r => r.Option.Key, r => r.Option.BoostGrid(grid)
                .Select(b => (Boosts: b, Results: r.Evaluate(judgments, b)))
                .Select(x => (x.Boosts, x.Results, Scores: RetrievalScores.Of(x.Results)))
                .OrderByDescending(x => x.Scores.RecallAt5).ThenByDescending(x => x.Scores.Mrr).ThenByDescending(x => x.Scores.RecallAt1)
                .First());
            Console.WriteLine();
            ChainTable.Print($"best of the grid per option (each sub-field boost in {{{string.Join(", ", grid.Select(g => g.ToString(CultureInfo.InvariantCulture)))}}}, primary 1.0; ranked by R@5, then MRR)", runs, r => (Describe(best[r.Option.Key].Boosts), best[r.Option.Key].Results));

            if (runs.FirstOrDefault(r => r.Option.Key == gridOption) is { } shown)
            {
                Console.WriteLine();
                Console.WriteLine($"every grid point of ({shown.Option.Key}) {shown.Option.Label}:");
                foreach (var boosts in shown.Option.BoostGrid(grid))
                {
                    var s = RetrievalScores.Of(shown.Evaluate(judgments, boosts));
                    Console.WriteLine(FormattableString.Invariant($"  {Describe(boosts),-45} R@5 {s.RecallAt5:P1}  R@1 {s.RecallAt1:P1}  MRR {s.Mrr:F3}"));
                }
            }

            Console.WriteLine();
            Console.WriteLine("index size and build time (this corpus; indicative only):");
            foreach (var r in runs)
            {
                Console.WriteLine(FormattableString.Invariant($"  ({r.Option.Key}) {r.Option.Label,-45} {r.IndexBytes,8:N0} bytes  {r.BuildMs,7:F1} ms  {r.Terms,6:N0} distinct terms"));
            }

            Console.WriteLine();
            ChainTable.PrintMisses(judgments, runs, fixedResults, corpus, details);
        }
        finally
        {
            runs.ForEach(r => r.Dispose());
        }

    }

    private static Dictionary<string, float> Fixed(ChainOption option) =>
        option.Fields.ToDictionary(f => f, f => f == ChainOption.TextField ? 1f : 0.5f, StringComparer.Ordinal);

    private static string Describe(IReadOnlyDictionary<string, float> boosts) =>
        string.Join(" ", boosts.Select(b => FormattableString.Invariant($"{b.Key}^{b.Value:0.##}")));

    internal static string Short(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat[..(max - 1)] + "…";
    }
}

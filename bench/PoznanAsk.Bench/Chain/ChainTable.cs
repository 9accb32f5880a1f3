using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Bench.Chain;

/// <summary>Prints the chain benchmark's tables (Markdown, so they paste into docs/index-chain.md).</summary>
internal static class ChainTable
{
    public static void Print(string title, IReadOnlyList<RetrievalRun> runs, Func<RetrievalRun, (string Boosts, List<QuestionResult> Results)> select)
    {
        Console.WriteLine("== " + title);
        Console.WriteLine("| option | chain | boosts | R@5 | R@1 | MRR | " + string.Join(" | ", JudgmentFile.Groups.Select(g => $"R@5 {g}")) + " |");
        Console.WriteLine("|---|---|---|---|---|---|" + string.Concat(JudgmentFile.Groups.Select(_ => "---|")));
        foreach (var run in runs)
        {
            var (boosts, results) = select(run);
            var all = RetrievalScores.Of(results);
            var groups = JudgmentFile.Groups.Select(g => RetrievalScores.Of(results.Where(r => r.Judgment.Group == g).ToList()));
            Console.WriteLine(FormattableString.Invariant(
                $"| ({run.Option.Key}){(run.Option.Extra ? " extra" : string.Empty)} | {run.Option.Label} | {boosts} | {all.RecallAt5:P1} | {all.RecallAt1:P1} | {all.Mrr:F3} | {string.Join(" | ", groups.Select(s => $"{s.RecallAt5:P1} (n={s.Questions})"))} |"));
            Console.WriteLine(FormattableString.Invariant($"RESULT chain {run.Option.Key} r5 {all.RecallAt5:F4} r1 {all.RecallAt1:F4} mrr {all.Mrr:F4} boosts {boosts.Replace(' ', ',')}"));
        }
    }

    /// <summary>Questions where the options differ or all fail (fixed boosts): R@5 per option, then, with details, each option's top 5.</summary>
    public static void PrintMisses(IReadOnlyList<Judgment> judgments, IReadOnlyList<RetrievalRun> runs, IReadOnlyDictionary<string, List<QuestionResult>> results, ChainCorpus corpus, bool details)
    {
        Console.WriteLine("questions where the options differ or none reaches R@5 = 100 % (fixed boosts): R@5 per option a..g");
        var byId = corpus.Passages.ToDictionary(p => p.Id);
        for (var i = 0; i < judgments.Count; i++)
        {
            var row = runs.Select(r => results[r.Option.Key][i]).ToList();
            if (row.All(r => r.RecallAt5 == row[0].RecallAt5) && row[0].RecallAt5 >= 1)
            {
                continue;
            }

            Console.WriteLine(FormattableString.Invariant($"  [{judgments[i].Group}] {judgments[i].Question}: {string.Join(" ", row.Select((r, k) => $"{runs[k].Option.Key}={r.RecallAt5:0.##}"))}"));
            if (details)
            {
                foreach (var (r, k) in row.Select((r, k) => (r, k)))
                {
                    Console.WriteLine($"      ({runs[k].Option.Key}) " + string.Join(" ‖ ", r.Top.Select(id => (judgments[i].Relevant.Contains(id) ? "✓ " : "✗ ") + (byId.TryGetValue(id, out var p) ? ChainBenchmark.Short(p.Text, 40) : "(distractor)"))));
                }
            }
        }
    }

}

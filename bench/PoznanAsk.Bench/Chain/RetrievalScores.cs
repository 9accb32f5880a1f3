namespace PoznanAsk.Bench.Chain;

/// <summary>
/// Mean retrieval figures over a set of judged questions. recall@k = |relevant ∩ top k| / min(k, |relevant|)
/// (so recall@1 is "the first hit is relevant" even when several passages are); MRR over the top 10.
/// </summary>
internal sealed record RetrievalScores(int Questions, double RecallAt5, double RecallAt1, double Mrr)
{
    public static RetrievalScores Of(IReadOnlyCollection<QuestionResult> results) =>
        results.Count == 0
            ? new RetrievalScores(0, double.NaN, double.NaN, double.NaN)
            : new RetrievalScores(results.Count, results.Average(r => r.RecallAt5), results.Average(r => r.RecallAt1), results.Average(r => r.ReciprocalRank));
}

/// <summary>The figures of one question under one option and boost setting.</summary>
internal sealed record QuestionResult(Judgment Judgment, double RecallAt5, double RecallAt1, double ReciprocalRank, IReadOnlyList<string> Top)
{
    public static QuestionResult Of(Judgment judgment, IReadOnlyList<string> ranked)
    {
        var rel = judgment.Relevant;
        double RecallAt(int k) => ranked.Take(k).Count(rel.Contains) / (double)Math.Min(k, rel.Count);
        var first = ranked.Take(10).ToList().FindIndex(rel.Contains);
        return new QuestionResult(judgment, RecallAt(5), RecallAt(1), first < 0 ? 0 : 1.0 / (first + 1), ranked.Take(5).ToList());
    }
}

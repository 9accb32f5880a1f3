using System.Text.Json;
using PoznanAsk.Answering.Service;

namespace PoznanAsk.Answering.Evaluation;

/// <summary>Runs a report question file (<see cref="ReportQuestion"/> lines) and judges every answer with <see cref="ReportQuestionCheck"/>.</summary>
public static class ReportEval
{
    private static readonly JsonSerializerOptions Json = new() { ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>Parses a report question file.</summary>
    /// <exception cref="AnsweringException">The file is missing or a line is not a valid question.</exception>
    public static IReadOnlyList<(int Line, ReportQuestion Question)> Read(string file)
    {
        var result = new List<(int, ReportQuestion)>();
        foreach (var (n, line) in EvalRunner.Lines(file))
        {
            try
            {
                var q = JsonSerializer.Deserialize<ReportQuestion>(line, Json);
                if (q is null || string.IsNullOrWhiteSpace(q.Question) || q.Expected.ValueKind != JsonValueKind.Object)
                {
                    throw new AnsweringException($"{file}:{n}: the line has no \"question\" or \"expected\".");
                }

                result.Add((n, q));
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
            {
                throw new AnsweringException($"{file}:{n}: not a report question: {ex.Message}", ex);
            }
        }

        return result;
    }

    /// <summary>Asks every question and judges the answers; accuracy is grouped by kind.</summary>
    public static EvalResult Run(PoznanAskEngine engine, IReadOnlyList<(int Line, ReportQuestion Question)> questions)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(questions);
        var failures = new List<EvalFailure>();
        var perKind = new SortedDictionary<string, (int Total, int Passed)>(StringComparer.Ordinal);
        var (withEvidence, held, wrong) = (0, 0, 0);
        foreach (var (line, q) in questions)
        {
            var answer = engine.Ask(q.Question);
            ReportQuestionCheck.Outcome outcome;
            try
            {
                outcome = ReportQuestionCheck.Check(q, answer, engine.Knowledge);
            }
            catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or FormatException)
            {
                throw new AnsweringException($"line {line} ({q.Id}): the expected answer does not fit kind {q.Kind}: {ex.Message}", ex);
            }

            var key = q.Kind.ToString().ToLowerInvariant();
            var cur = perKind.GetValueOrDefault(key);
            var pass = outcome.Reasons.Count == 0;
            perKind[key] = (cur.Total + 1, cur.Passed + (pass ? 1 : 0));
            withEvidence += outcome.EvidenceHeld is null ? 0 : 1;
            held += outcome.EvidenceHeld == true ? 1 : 0;
            wrong += outcome.WrongVerdict ? 1 : 0;
            if (!pass)
            {
                failures.Add(new EvalFailure(line, q.Id, q.Question, outcome.Reasons, answer));
            }
        }

        return new EvalResult(questions.Count, questions.Count - failures.Count, perKind.Select(kv => new IntentAccuracy(kv.Key, kv.Value.Total, kv.Value.Passed)).ToList(), failures)
        {
            WithEvidence = withEvidence,
            EvidenceHeld = held,
            WrongVerdicts = wrong,
        };
    }
}

namespace PoznanAsk.Answering.Evaluation;

/// <summary>The outcome of an evaluation run.</summary>
/// <param name="Total">Questions run.</param>
/// <param name="Passed">Questions whose answer met every expectation.</param>
/// <param name="PerIntent">Accuracy per expected intent, ordered by intent.</param>
/// <param name="Failures">The questions that failed, with the reasons.</param>
public sealed record EvalResult(int Total, int Passed, IReadOnlyList<IntentAccuracy> PerIntent, IReadOnlyList<EvalFailure> Failures)
{
    /// <summary>Passed / Total (1 when empty).</summary>
    public double Accuracy => Total == 0 ? 1 : (double)Passed / Total;
}

/// <summary>Accuracy of one intent.</summary>
/// <param name="Intent">The expected intent.</param>
/// <param name="Total">Questions with that intent.</param>
/// <param name="Passed">Of which passed.</param>
public sealed record IntentAccuracy(string Intent, int Total, int Passed)
{
    /// <summary>Passed / Total.</summary>
    public double Accuracy => Total == 0 ? 1 : (double)Passed / Total;
}

/// <summary>A failed question.</summary>
/// <param name="Line">1-based line in the question file.</param>
/// <param name="Question">The question.</param>
/// <param name="Reasons">Each expectation that was not met, and each never-invent violation.</param>
/// <param name="Answer">The answer given.</param>
public sealed record EvalFailure(int Line, string Question, IReadOnlyList<string> Reasons, Answers.Answer Answer);

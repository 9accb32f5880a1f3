namespace PoznanAsk.Answering.Evaluation;

/// <summary>The outcome of an evaluation run.</summary>
/// <param name="Total">Questions run.</param>
/// <param name="Passed">Questions whose answer met every expectation.</param>
/// <param name="PerIntent">Accuracy per expected intent (project format) or per kind (report format), ordered by name.</param>
/// <param name="Failures">The questions that failed, with the reasons.</param>
public sealed record EvalResult(int Total, int Passed, IReadOnlyList<IntentAccuracy> PerIntent, IReadOnlyList<EvalFailure> Failures)
{
    /// <summary>Questions with evidence (report format; 0 for the project format).</summary>
    public int WithEvidence { get; init; }

    /// <summary>Of <see cref="WithEvidence"/>, answers whose citations hold the evidence.</summary>
    public int EvidenceHeld { get; init; }

    /// <summary>Answers giving a yes/no verdict the corpus does not support.</summary>
    public int WrongVerdicts { get; init; }

    /// <summary>EvidenceHeld / WithEvidence (1 when none).</summary>
    public double EvidenceShare => WithEvidence == 0 ? 1 : (double)EvidenceHeld / WithEvidence;

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
/// <param name="Id">The question's id (report format), else null.</param>
/// <param name="Question">The question.</param>
/// <param name="Reasons">Each expectation that was not met, and each never-invent violation.</param>
/// <param name="Answer">The answer given.</param>
public sealed record EvalFailure(int Line, string? Id, string Question, IReadOnlyList<string> Reasons, Answers.Answer Answer);

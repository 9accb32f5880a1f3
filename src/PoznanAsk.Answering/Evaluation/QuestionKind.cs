namespace PoznanAsk.Answering.Evaluation;

/// <summary>What a question of the report question format (<c>questions.jsonl</c> with <c>kind</c>) asks for.</summary>
public enum QuestionKind
{
    /// <summary>Items of a list: expected <c>items</c>, <c>complete</c>, <c>stated_count</c>.</summary>
    List,

    /// <summary>A yes/no verdict: expected <c>answer</c> (bool), <c>org</c>.</summary>
    YesNo,

    /// <summary>A number of things: expected <c>count</c>, <c>stated</c>.</summary>
    Count,

    /// <summary>A year: expected <c>year</c>.</summary>
    When,

    /// <summary>What was done: expected <c>keywords</c>.</summary>
    Activity,

    /// <summary>A change between two years: expected <c>from</c>, <c>to</c>, <c>change</c>.</summary>
    Diff,

    /// <summary>A stated value: expected <c>value</c>, optional <c>accept</c>.</summary>
    Fact,

    /// <summary>The reports do not say: expected <c>answer: "unknown"</c>.</summary>
    None,
}

namespace PoznanAsk.Bench.Chain;

/// <summary>One judged question: its group, text and the ids of its relevant passages.</summary>
internal sealed record Judgment(string Origin, string Group, string Question, IReadOnlyList<string> Keys, IReadOnlySet<string> Relevant);

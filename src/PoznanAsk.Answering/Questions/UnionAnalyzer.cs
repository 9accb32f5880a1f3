using PoznanAsk.Analysis;

namespace PoznanAsk.Answering.Questions;

/// <summary>
/// Runs several analyzers over the same text and emits every token of each (Stempel stems and
/// Morfologik lemmas together). Matching only asks "do these two words share a term", so the union
/// adds the dictionary's lemmas where Stempel splits a word ("związek"/"związku") without losing
/// Stempel's guesses for words the dictionary lacks. Positions are not meaningful across members.
/// </summary>
internal sealed class UnionAnalyzer : Analyzer
{
    private readonly Analyzer[] _members;

    /// <summary>Creates the union of <paramref name="members"/> (at least one).</summary>
    public UnionAnalyzer(IReadOnlyList<Analyzer> members)
    {
        if (members.Count == 0)
        {
            throw new ArgumentException("At least one analyzer is needed.", nameof(members));
        }

        _members = members.ToArray();
        Name = string.Join('+', _members.Select(m => m.Name));
    }

    /// <inheritdoc />
    public override string Name { get; }

    /// <inheritdoc />
    public override void Analyze(string text, TokenSink sink)
    {
        foreach (var m in _members)
        {
            m.Analyze(text, sink);
        }
    }
}

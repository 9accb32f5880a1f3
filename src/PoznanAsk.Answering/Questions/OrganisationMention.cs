using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Questions;

/// <summary>An organisation named in a question, linked to the registry.</summary>
/// <param name="Organisation">The registry entity.</param>
/// <param name="MatchedName">The registry name or abbreviation that matched.</param>
/// <param name="Start">Start offset of the mention in the question.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Score">Match strength in [0, 1] (share of the name's weight found in the question).</param>
/// <param name="WordIndices">The question words the mention covers.</param>
/// <param name="Alternatives">Other organisations that match about as well (non-empty = ambiguous).</param>
internal sealed record OrganisationMention(
    Organisation Organisation,
    string MatchedName,
    int Start,
    int End,
    double Score,
    IReadOnlyList<int> WordIndices,
    IReadOnlyList<Organisation> Alternatives)
{
    /// <summary>True when another organisation matches about as well.</summary>
    public bool IsAmbiguous => Alternatives.Count > 0;
}

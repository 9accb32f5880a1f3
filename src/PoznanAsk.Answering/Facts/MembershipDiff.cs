using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Facts;

/// <summary>Membership changes of one scope between two report years.</summary>
/// <param name="Scope">The scope compared.</param>
/// <param name="FromYear">Earlier year.</param>
/// <param name="ToYear">Later year.</param>
/// <param name="Joined">Listed in <paramref name="ToYear"/> only.</param>
/// <param name="Left">Listed in <paramref name="FromYear"/> only.</param>
/// <param name="Renamed">Same organisation, written differently (before, after).</param>
/// <param name="Unchanged">Same organisation, same name (the later year's facts).</param>
internal sealed record MembershipDiff(
    MembershipScope Scope,
    int FromYear,
    int ToYear,
    IReadOnlyList<MembershipFact> Joined,
    IReadOnlyList<MembershipFact> Left,
    IReadOnlyList<(MembershipFact Before, MembershipFact After)> Renamed,
    IReadOnlyList<MembershipFact> Unchanged);

namespace PoznanAsk.Knowledge.Diff;

/// <summary>How memberships changed between two report years, per organisation of the registry.</summary>
/// <param name="FromYear">The earlier year.</param>
/// <param name="ToYear">The later year.</param>
/// <param name="Joined">Listed in <paramref name="ToYear"/> only.</param>
/// <param name="Left">Listed in <paramref name="FromYear"/> only.</param>
/// <param name="Renamed">Listed in both, with different words (quotes, punctuation, letter case and a trailing "(ABBR)" ignored).</param>
/// <param name="Unchanged">Listed in both under the same name.</param>
public sealed record MembershipDiff(
    int FromYear,
    int ToYear,
    IReadOnlyList<MembershipChange> Joined,
    IReadOnlyList<MembershipChange> Left,
    IReadOnlyList<MembershipChange> Renamed,
    IReadOnlyList<MembershipChange> Unchanged);

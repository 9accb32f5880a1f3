using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Knowledge.Diff;

/// <summary>One organisation's membership in the two compared years.</summary>
/// <param name="OrganisationId">Registry id.</param>
/// <param name="CanonicalName">Registry canonical name.</param>
/// <param name="Before">The fact in the earlier year (null when it joined).</param>
/// <param name="After">The fact in the later year (null when it left).</param>
public sealed record MembershipChange(string OrganisationId, string CanonicalName, MembershipFact? Before, MembershipFact? After);

namespace PoznanAsk.Knowledge.Years;

/// <summary>The report year read from a text, or why none was chosen.</summary>
/// <param name="Year">The year, null when the text states none or states conflicting ones.</param>
/// <param name="Evidence">The quoted phrases and counts that decided (or the conflict).</param>
/// <param name="Ambiguous">True when several years compete and none dominates.</param>
internal sealed record YearDecision(int? Year, string Evidence, bool Ambiguous);

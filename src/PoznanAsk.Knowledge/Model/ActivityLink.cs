namespace PoznanAsk.Knowledge.Model;

/// <summary>A passage that describes what the city did in or with an organisation (meetings, conferences, projects).</summary>
/// <param name="OrganisationId">The organisation the passage is about.</param>
/// <param name="PassageId">The passage.</param>
/// <param name="Year">Report year of the passage.</param>
/// <param name="Evidence">Why the link was made (e.g. "heading 'EUROCITIES'" or "mentions 'Unii Metropolii Polskich'").</param>
public sealed record ActivityLink(string OrganisationId, string PassageId, int? Year, string Evidence);

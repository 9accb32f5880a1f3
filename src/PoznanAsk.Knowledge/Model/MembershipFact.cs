namespace PoznanAsk.Knowledge.Model;

/// <summary>"In <see cref="Year"/> the city was a member of this organisation", as one list item states it.</summary>
/// <param name="Id">Stable id of the fact.</param>
/// <param name="OrganisationId">The registry's canonical organisation id.</param>
/// <param name="NameAsWritten">The organisation's name exactly as the list item writes it (trimmed of bullet and punctuation).</param>
/// <param name="Year">Report year.</param>
/// <param name="Scope">International or national, from the heading or the intro sentence.</param>
/// <param name="ListPassageId">The list passage (intro sentence + items) that states the membership.</param>
/// <param name="ItemPassageId">The list item passage naming the organisation.</param>
/// <param name="Source">Source file.</param>
/// <param name="Quote">The list item's text, as cited.</param>
/// <param name="Start">Start offset of the quote in the source text.</param>
/// <param name="End">End offset (exclusive) of the quote in the source text.</param>
public sealed record MembershipFact(
    string Id,
    string OrganisationId,
    string NameAsWritten,
    int Year,
    MembershipScope Scope,
    string ListPassageId,
    string ItemPassageId,
    string Source,
    string Quote,
    int Start,
    int End);

namespace PoznanAsk.Knowledge.Model;

/// <summary>One canonical organisation across years and lists.</summary>
/// <param name="Id">Stable id (a slug of the canonical name).</param>
/// <param name="CanonicalName">The name shown to users (the most recent full name as written).</param>
/// <param name="Aliases">Every other name it goes by, each with the reason it was merged.</param>
/// <param name="Abbreviations">Abbreviations found in text, e.g. "ECM" from "European Cities Marketing (ECM)".</param>
public sealed record Organisation(
    string Id,
    string CanonicalName,
    IReadOnlyList<OrganisationAlias> Aliases,
    IReadOnlyList<string> Abbreviations);

/// <summary>A name of an organisation and why it belongs to it.</summary>
/// <param name="Name">The name as written somewhere.</param>
/// <param name="Reason">Explanation of the merge, e.g. "same name after removing the prefix 'Stowarzyszenie'".</param>
public sealed record OrganisationAlias(string Name, string Reason);

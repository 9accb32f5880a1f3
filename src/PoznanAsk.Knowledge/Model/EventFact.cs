namespace PoznanAsk.Knowledge.Model;

/// <summary>What kind of dated event a sentence states.</summary>
public enum EventKind
{
    /// <summary>The city joined (przystąpiło do, zostało członkiem, …).</summary>
    Joined,

    /// <summary>The city left (wystąpiło z, zakończyło członkostwo, …).</summary>
    Left,
}

/// <summary>A dated event stated in text: "W 2017 r. Miasto Poznań przystąpiło do sieci …".</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Kind">Joined or left.</param>
/// <param name="OrganisationId">Registry id when the organisation could be resolved, else null.</param>
/// <param name="NameAsWritten">The organisation as the sentence names it.</param>
/// <param name="Year">The year the sentence states.</param>
/// <param name="PassageId">The passage containing the sentence.</param>
/// <param name="Source">Source file.</param>
/// <param name="Quote">The sentence.</param>
/// <param name="Start">Start offset of the sentence in the source text.</param>
/// <param name="End">End offset (exclusive).</param>
public sealed record EventFact(
    string Id,
    EventKind Kind,
    string? OrganisationId,
    string NameAsWritten,
    int Year,
    string PassageId,
    string Source,
    string Quote,
    int Start,
    int End);

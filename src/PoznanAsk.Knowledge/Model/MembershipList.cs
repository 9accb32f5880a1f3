namespace PoznanAsk.Knowledge.Model;

/// <summary>
/// A membership list as the report gives it: the intro sentence, the count it states (if any) and
/// the count parsed. A mismatch is a data-quality warning, never "fixed".
/// </summary>
/// <param name="PassageId">The list passage.</param>
/// <param name="Source">Source file.</param>
/// <param name="Year">Report year.</param>
/// <param name="Scope">Scope of the list.</param>
/// <param name="IntroSentence">The sentence introducing the list, exactly as written.</param>
/// <param name="IntroStart">Start offset of the intro sentence in the source text.</param>
/// <param name="IntroEnd">End offset (exclusive) of the intro sentence.</param>
/// <param name="StatedCount">The count the intro states ("członkiem 11 organizacji"), null when it states none.</param>
/// <param name="ParsedCount">The number of items parsed.</param>
public sealed record MembershipList(
    string PassageId,
    string Source,
    int Year,
    MembershipScope Scope,
    string IntroSentence,
    int IntroStart,
    int IntroEnd,
    int? StatedCount,
    int ParsedCount);

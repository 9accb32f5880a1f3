namespace PoznanAsk.Knowledge.Registry;

/// <summary>An organisation named in running text.</summary>
/// <param name="OrganisationKey">The registry group the words name.</param>
/// <param name="Start">Start offset of the mention in the searched text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Text">The words as written ("Unii Metropolii Polskich", "ZMP").</param>
/// <param name="Via">Which form of the name matched ("Unia Metropolii Polskich", "skrót ECM").</param>
internal sealed record Mention(int OrganisationKey, int Start, int End, string Text, string Via);

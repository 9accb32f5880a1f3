using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Knowledge.Registry;

/// <summary>An organisation named in a text.</summary>
/// <param name="Organisation">The registry entry.</param>
/// <param name="Start">Start offset in the text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Text">The words as written in the text.</param>
/// <param name="Via">Which name, shorter form, abbreviation or initials matched.</param>
public sealed record OrganisationMention(Organisation Organisation, int Start, int End, string Text, string Via);

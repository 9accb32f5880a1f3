namespace PoznanAsk.Knowledge.Registry;

/// <summary>A name of an organisation as some report writes it.</summary>
/// <param name="Name">The name as written (cleaned).</param>
/// <param name="Year">The report year, when known.</param>
/// <param name="Listed">True for a membership-list item (nominative, a candidate canonical name); false for a name read from a sentence (may be inflected).</param>
internal sealed record NameOccurrence(string Name, int? Year, bool Listed);

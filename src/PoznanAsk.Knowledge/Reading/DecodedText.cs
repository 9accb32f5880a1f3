namespace PoznanAsk.Knowledge.Reading;

/// <summary>A report file's bytes decoded to text.</summary>
/// <param name="Text">The decoded text (without a byte-order mark); passage offsets point into it.</param>
/// <param name="EncodingName">The encoding used (<c>utf-8</c>, <c>windows-1250</c>, <c>iso-8859-2</c>, <c>utf-16</c>).</param>
/// <param name="Warning">Set when the text was not UTF-8 and was decoded with a fallback.</param>
internal sealed record DecodedText(string Text, string EncodingName, string? Warning);

namespace PoznanAsk.Search.Highlighting;

/// <summary>A matched word: UTF-16 offsets into the original stored text, end exclusive.</summary>
/// <param name="Start">First character.</param>
/// <param name="End">One past the last character.</param>
public readonly record struct HighlightSpan(int Start, int End);

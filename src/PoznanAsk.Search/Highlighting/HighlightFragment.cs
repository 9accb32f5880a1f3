namespace PoznanAsk.Search.Highlighting;

/// <summary>
/// A best-matching piece of a stored text. <see cref="Start"/>/<see cref="End"/> and every match are
/// offsets into the original text (<c>text[Start..End] == Text</c>); nothing is escaped or marked up —
/// that is the renderer's job.
/// </summary>
/// <param name="Start">Start offset of the fragment in the stored text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Text">The fragment text.</param>
/// <param name="Matches">Matched words inside the fragment, in order, as offsets into the stored text.</param>
/// <param name="Score">How well the fragment matches (distinct matched terms first); 0 when nothing matched.</param>
public sealed record HighlightFragment(int Start, int End, string Text, IReadOnlyList<HighlightSpan> Matches, float Score);

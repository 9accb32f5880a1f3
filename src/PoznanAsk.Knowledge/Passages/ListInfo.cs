using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Text;

namespace PoznanAsk.Knowledge.Passages;

/// <summary>A list as read: its passage, its items and the intro paragraph(s) before it, if any.</summary>
/// <param name="Passage">The List passage (intro + items).</param>
/// <param name="Intro">Where the intro is in the source text, null when the list has none.</param>
/// <param name="Items">The ListItem passages, in order.</param>
/// <param name="Headings">The headings above the list, outermost first.</param>
internal sealed record ListInfo(Passage Passage, TextSpan? Intro, IReadOnlyList<Passage> Items, IReadOnlyList<string> Headings);

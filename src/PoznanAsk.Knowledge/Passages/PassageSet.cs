using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Knowledge.Passages;

/// <summary>The passages of one report and its lists.</summary>
/// <param name="Passages">All passages in document order (a list's items follow it).</param>
/// <param name="Lists">The lists with their intros.</param>
internal sealed record PassageSet(IReadOnlyList<Passage> Passages, IReadOnlyList<ListInfo> Lists);

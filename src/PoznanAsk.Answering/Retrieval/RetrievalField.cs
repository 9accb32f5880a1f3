using PoznanAsk.Analysis;
using PoznanAsk.Knowledge.Index;

namespace PoznanAsk.Answering.Retrieval;

/// <summary>
/// One indexed text field a question word is searched in: its name, the analyzer that wrote it (the
/// question word and its variants go through the same chain, so they meet the index's terms), the
/// boost of a match in it, and the shortest analyzer term worth matching.
/// </summary>
/// <param name="Field">The index field.</param>
/// <param name="Analyzer">The field's analyzer.</param>
/// <param name="Boost">Weight of a match in this field.</param>
/// <param name="MinTermLength">Analyzer terms shorter than this are not searched (stems of 1–2 letters match too much).</param>
internal sealed record RetrievalField(SearchField Field, Analyzer Analyzer, float Boost, int MinTermLength = 1);

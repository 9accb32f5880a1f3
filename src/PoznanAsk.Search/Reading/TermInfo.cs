namespace PoznanAsk.Search.Reading;

/// <summary>Where a term's postings are: document frequency and absolute offsets of its doc and position streams.</summary>
internal readonly record struct TermInfo(int DocFreq, int DocsPointer, int PositionsPointer);

namespace PoznanAsk.Analysis.Morfologik;

/// <summary>One dictionary reading of a word form: its lemma and its tag string.</summary>
/// <param name="Lemma">The lemma in dictionary case (e.g. <c>Poznań</c>, <c>związek</c>).</param>
/// <param name="Tag">NKJP-style tags joined by <c>+</c> (e.g. <c>subst:sg:loc:m3+subst:sg:voc:m3</c>), or null when the entry has none.</param>
public readonly record struct WordLemma(string Lemma, string? Tag);

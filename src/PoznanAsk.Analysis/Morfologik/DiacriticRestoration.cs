namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// When the lemma filter tries Polish diacritics on letters typed without them
/// ("Zwiazku" → "Związku"): each of a c e l n o s z may also be ą ć ę ł ń ó ś ź/ż.
/// </summary>
public enum DiacriticRestoration
{
    /// <summary>Never; an unknown word is kept lower-cased.</summary>
    Off,

    /// <summary>Only for words the dictionary does not know (the default; see docs/morfologik.md for the figures).</summary>
    UnknownWords,

    /// <summary>Also for known words written without any Polish diacritic ("sad" also gives "sąd").</summary>
    AllWordsWithoutDiacritics,
}

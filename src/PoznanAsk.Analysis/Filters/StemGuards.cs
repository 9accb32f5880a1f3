namespace PoznanAsk.Analysis.Filters;

/// <summary>
/// Which tokens the index chain keeps unstemmed on top of Lucene's rule (length ≤ 3). Each flag
/// is a named deviation from Lucene's <c>PolishAnalyzer</c>; docs/analysis.md gives the reason
/// and the measured effect.
/// </summary>
[Flags]
internal enum StemGuards
{
    /// <summary>Exactly Lucene: only tokens of ≤ 3 UTF-16 units stay unstemmed.</summary>
    None = 0,

    /// <summary>Tokens containing any decimal digit (years, numbers, "2023r", "covid19") stay as they are.</summary>
    Digits = 1,

    /// <summary>
    /// Tokens with an inner joiner the tokenizer keeps inside words — <c>.</c> <c>:</c> <c>'</c>
    /// <c>’</c> <c>_</c> (domains, e-mail parts, <c>m.in</c>, <c>uwaga:tekst</c>, <c>mcdonald's</c>) — are
    /// not Polish inflected words; the suffix stemmer only produces artefacts for them.
    /// </summary>
    Joined = 2,

    /// <summary>A stem shorter than 3 units (<c>szkoła → sć</c>, <c>frag → ć</c>) is rejected: such stems collide with everything.</summary>
    ShortStems = 4,
}

namespace PoznanAsk.Analysis;

/// <summary>
/// Token classes of Lucene 4.8's StandardTokenizer (printed as <c>&lt;ALPHANUM&gt;</c> etc.). Lucene 8's
/// <c>&lt;EMOJI&gt;</c> has no counterpart: Lucene 4.8 (Unicode 6.3 word breaks) makes no token of emoji
/// (docs/analysis.md, "Lucene 4.8 beside Lucene 8.8.1").
/// </summary>
public enum TokenType
{
    /// <summary>Anything with letters.</summary>
    AlphaNum,

    /// <summary>Digits only, possibly with number punctuation.</summary>
    Num,

    /// <summary>A run of South-East Asian script.</summary>
    SouthEastAsian,

    /// <summary>One Han character.</summary>
    Ideographic,

    /// <summary>One Hiragana character.</summary>
    Hiragana,

    /// <summary>A run of Katakana.</summary>
    Katakana,

    /// <summary>A run of Hangul.</summary>
    Hangul,
}

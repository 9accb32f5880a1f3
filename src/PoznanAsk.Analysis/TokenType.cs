namespace PoznanAsk.Analysis;

/// <summary>Token classes of Lucene's StandardTokenizer (printed as <c>&lt;ALPHANUM&gt;</c> etc.).</summary>
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

    /// <summary>An emoji sequence.</summary>
    Emoji,
}

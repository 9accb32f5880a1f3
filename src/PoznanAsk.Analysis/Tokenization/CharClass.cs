namespace PoznanAsk.Analysis.Tokenization;

/// <summary>
/// StandardTokenizer character classes (spec §5.2). The numeric values index the scanner's DFA
/// columns, so keep <see cref="Count"/> in step with the members.
/// </summary>
internal enum CharClass : byte
{
    Other,
    ALetter,
    HebrewLetter,
    Hangul,
    ALetterEmoji,
    Numeric,
    AsciiDigit,
    ExtendNumLet,
    Extend,
    ZWJ,
    EmojiPresentationSelector,
    TextPresentationSelector,
    KeyCap,
    KeyCapBase,
    MidLetter,
    MidNum,
    MidNumLet,
    SingleQuote,
    DoubleQuote,
    Katakana,
    Ideographic,
    Hiragana,
    ComplexContext,
    ComplexContextExtend,
    Emoji,
    EmojiModifierBase,
    EmojiModifier,
    RegionalIndicator,

    /// <summary>Not a class: the number of classes.</summary>
    Count,
}

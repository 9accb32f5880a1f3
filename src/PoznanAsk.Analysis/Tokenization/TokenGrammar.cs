using static PoznanAsk.Analysis.Tokenization.CharClass;

namespace PoznanAsk.Analysis.Tokenization;

/// <summary>
/// Lucene 8 StandardTokenizer's token rules (spec §5.3), in priority order for equally long
/// matches: EMOJI, NUM, HANGUL, KATAKANA, ALPHANUM, SOUTHEAST_ASIAN, IDEOGRAPHIC, HIRAGANA.
/// Every class symbol may be followed by attached characters (WB4: Extend, ZWJ, KeyCap, the
/// presentation selectors, ComplexContextExtend); inside emoji the presentation selectors are
/// not "attached" because they have their own place in the emoji rules.
/// </summary>
internal static class TokenGrammar
{
    /// <summary>Token types by rule index.</summary>
    public static readonly TokenType[] RuleTypes =
    [
        TokenType.Emoji, TokenType.Num, TokenType.Hangul, TokenType.Katakana,
        TokenType.AlphaNum, TokenType.SouthEastAsian, TokenType.Ideographic, TokenType.Hiragana,
    ];

    public static IReadOnlyList<Pattern> Rules()
    {
        var ex = Pattern.Of(Extend, ComplexContextExtend, ZWJ, EmojiPresentationSelector, TextPresentationSelector, KeyCap).Star();
        var exNoPresentation = Pattern.Of(Extend, ComplexContextExtend, ZWJ, KeyCap).Star();
        Pattern With(Pattern p, Pattern attached) => Pattern.Seq(p, attached);
        Pattern Cls(params CharClass[] classes) => With(Pattern.Of(classes), ex);

        var letter = Cls(ALetter, HebrewLetter, Hangul, ALetterEmoji);
        var hebrew = Cls(HebrewLetter);
        var digit = Cls(Numeric, AsciiDigit);
        var katakana = Cls(Katakana);
        var enl = Cls(ExtendNumLet);
        var midLetter = Cls(MidLetter, MidNumLet, SingleQuote);
        var midNum = Cls(MidNum, MidNumLet, SingleQuote);
        var singleQuote = Cls(SingleQuote);
        var doubleQuote = Cls(DoubleQuote);

        var numRun = Pattern.Seq(digit, Pattern.Seq(Pattern.Alt(enl.Star(), midNum), digit).Star());
        var letterRun = Pattern.Seq(letter, Pattern.Seq(Pattern.Alt(enl.Star(), midLetter), letter).Star());
        var hebrewRun = Pattern.Seq(hebrew, Pattern.Alt(singleQuote, Pattern.Seq(doubleQuote, hebrew)));
        var katakanaRun = Pattern.Seq(katakana, Pattern.Seq(enl.Star(), katakana).Star());
        var core = Pattern.Alt(katakanaRun, Pattern.Alt(hebrewRun, numRun, letterRun).Plus());

        var zwjBare = Pattern.Of(ZWJ);
        var emojiUnit = Pattern.Alt(
            Pattern.Seq(
                Pattern.Seq(zwjBare.Star(), With(Pattern.Of(EmojiModifierBase), exNoPresentation)).Optional(),
                With(Pattern.Of(EmojiModifier), exNoPresentation)),
            Pattern.Seq(
                zwjBare.Star(),
                With(Pattern.Of(Emoji, ALetterEmoji, EmojiModifierBase), exNoPresentation),
                Pattern.Of(EmojiPresentationSelector).Optional()));
        var emoji = Pattern.Alt(
            Pattern.Seq(emojiUnit, Pattern.Seq(zwjBare, emojiUnit).Star()),
            Pattern.Seq(
                With(Pattern.Of(AsciiDigit, KeyCapBase), exNoPresentation),
                Pattern.Of(EmojiPresentationSelector).Optional(),
                With(Pattern.Of(KeyCap), exNoPresentation)),
            Pattern.Seq(Cls(RegionalIndicator), Cls(RegionalIndicator)));

        return
        [
            emoji,
            Pattern.Seq(enl.Star(), numRun, enl.Star()),
            Cls(Hangul).Plus(),
            katakana.Plus(),
            Pattern.Seq(enl.Star(), core, Pattern.Seq(enl.Plus(), core).Star(), enl.Star()),
            Cls(ComplexContext, ComplexContextExtend).Plus(),
            Cls(Ideographic),
            Cls(Hiragana),
        ];
    }
}

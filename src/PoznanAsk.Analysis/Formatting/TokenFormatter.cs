using System.Globalization;

namespace PoznanAsk.Analysis.Formatting;

/// <summary>
/// Prints tokens in the Lucene oracle's columns — <c>term TAB start TAB end TAB posInc</c>, plus
/// <c>TAB type</c> on request — so <c>poznanask analyze</c> output can be diffed with it.
/// </summary>
public static class TokenFormatter
{
    /// <summary>Lucene's type name: <c>&lt;ALPHANUM&gt;</c>, <c>&lt;NUM&gt;</c>, <c>&lt;SOUTHEAST_ASIAN&gt;</c> …</summary>
    public static string TypeName(TokenType type) => type switch
    {
        TokenType.AlphaNum => "<ALPHANUM>",
        TokenType.Num => "<NUM>",
        TokenType.SouthEastAsian => "<SOUTHEAST_ASIAN>",
        TokenType.Ideographic => "<IDEOGRAPHIC>",
        TokenType.Hiragana => "<HIRAGANA>",
        TokenType.Katakana => "<KATAKANA>",
        TokenType.Hangul => "<HANGUL>",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown token type."),
    };

    /// <summary>One output line without the newline.</summary>
    public static string Format(Token token, bool includeType = false)
    {
        string line = string.Create(CultureInfo.InvariantCulture, $"{token.Term}\t{token.Start}\t{token.End}\t{token.PositionIncrement}");
        return includeType ? line + "\t" + TypeName(token.Type) : line;
    }

    /// <summary>Writes every token of <paramref name="tokens"/> as one line each, prefixed by <paramref name="prefix"/> (e.g. a line number and TAB).</summary>
    public static void Write(TextWriter writer, IEnumerable<Token> tokens, bool includeType = false, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(tokens);
        foreach (var token in tokens)
        {
            writer.Write(prefix);
            writer.Write(Format(token, includeType));
            writer.Write('\n');
        }
    }
}

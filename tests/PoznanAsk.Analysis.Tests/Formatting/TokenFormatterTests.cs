using PoznanAsk.Analysis.Formatting;

namespace PoznanAsk.Analysis.Tests.Formatting;

public class TokenFormatterTests
{
    [Theory]
    [InlineData(TokenType.AlphaNum, "<ALPHANUM>")]
    [InlineData(TokenType.Num, "<NUM>")]
    [InlineData(TokenType.SouthEastAsian, "<SOUTHEAST_ASIAN>")]
    [InlineData(TokenType.Ideographic, "<IDEOGRAPHIC>")]
    [InlineData(TokenType.Hiragana, "<HIRAGANA>")]
    [InlineData(TokenType.Katakana, "<KATAKANA>")]
    [InlineData(TokenType.Hangul, "<HANGUL>")]
    public void TypeName_Type_IsLucenesName(TokenType type, string expected)
    {
        Assert.Equal(expected, TokenFormatter.TypeName(type));
    }

    [Fact]
    public void Format_Token_OracleColumns()
    {
        var token = new Token("związek", 23, 30, 2, TokenType.AlphaNum);
        Assert.Equal("związek\t23\t30\t2", TokenFormatter.Format(token));
        Assert.Equal("związek\t23\t30\t2\t<ALPHANUM>", TokenFormatter.Format(token, includeType: true));
    }

    [Fact]
    public void Write_Tokens_OneLinePerTokenWithPrefix()
    {
        var writer = new StringWriter();
        TokenFormatter.Write(writer, [new Token("2017", 2, 6, 2, TokenType.Num), new Token("r", 7, 8, 1, TokenType.AlphaNum)], prefix: "1\t");
        Assert.Equal("1\t2017\t2\t6\t2\n1\tr\t7\t8\t1\n", writer.ToString());
    }
}

using PoznanAsk.Search.Querying;
using PoznanAsk.Search.Querying.Parsing;
using PoznanAsk.Search.Tests.Fakes;

namespace PoznanAsk.Search.Tests.Querying.Parsing;

public class QueryParserTests
{
    private static readonly QueryParser Sut = new(TestIndex.Schema, TestIndex.Analyzers, "text");

    public static TheoryData<string, string> Syntax => new()
    {
        { "poznań", "text:poznań" },
        { "Miasto Poznań", "text:miasto text:poznań" },
        { "+miasto -wieś", "+text:miasto -text:wieś" },
        { "miasto AND gmina", "+text:miasto +text:gmina" },
        { "miasto && gmina || powiat", "+text:miasto +text:gmina text:powiat" },
        { "miasto OR gmina", "text:miasto text:gmina" },
        { "miasto NOT wieś", "text:miasto -text:wieś" },
        { "miasto !wieś", "text:miasto -text:wieś" },
        { "(rada OR sejmik) AND miasto", "+(text:rada text:sejmik) +text:miasto" },
        { "\"rada miasta\"", "text:\"rada miasta\"" },
        { "\"rada miasta poznania\"~2", "text:\"rada miasta poznania\"~2" },
        { "\"członek w związku\"", "text:\"członek ? związku\"" },
        { "title:raport", "title:raport" },
        { "kind:fact", "kind:fact" },
        { "source:\"000 raport.txt\"", "source:000 raport.txt" },
        { "year:2023", "year:[2023 TO 2023]" },
        { "year:[2020 TO 2023]", "year:[2020 TO 2023]" },
        { "year:{2020 TO *]", "year:{2020 TO *]" },
        { "stowarzysz*", "text:stowarzysz*" },
        { "Stow?rzyszenie", "text:stow?rzyszenie" },
        { "eurocitis~", "text:eurocitis~2" },
        { "eurocitis~1", "text:eurocitis~1" },
        { "miasto^2", "(text:miasto)^2" },
        { "\"rada miasta\"^3", "(text:\"rada miasta\")^3" },
        { "(rada sejmik)^0.5", "(text:rada text:sejmik)^0.5" },
        { "e\\-mail", "text:e text:mail" },
        { "e-mail", "text:e text:mail" },
        { "i w z", "" },
        { "*:*", "*:*" },
        { "rada\\:miasta", "text:rada text:miasta" },
    };

    public static TheoryData<string, int> Errors => new()
    {
        { "", 0 },
        { "   ", 3 },
        { "\"rada miasta", 0 },
        { "(rada miasta", 0 },
        { "rada miasta)", 11 },
        { "rada AND", 5 },
        { "AND rada", 0 },
        { "rada OR OR miasto", 5 },
        { "nieznane:rada", 8 },
        { "text:", 4 },
        { "rada^", 4 },
        { "rada^x", 4 },
        { "*ada", 0 },
        { "year:dwa", 5 },
        { "year:[2020 TO", 5 },
        { "text:[a TO b]", 5 },
        { "rada~1.5", 4 },
        { "rada\\", 4 },
        { "+", 0 },
        { "()", 1 },
    };

    [Theory]
    [MemberData(nameof(Syntax))]
    public void Parse_ClassicSyntax_BuildsLuceneLikeQuery(string input, string expected) =>
        Assert.Equal(expected, Sut.Parse(input).ToString());

    [Theory]
    [MemberData(nameof(Errors))]
    public void Parse_InvalidSyntax_ThrowsWithPosition(string input, int position)
    {
        var e = Assert.Throws<QueryParseException>(() => Sut.Parse(input));
        Assert.Equal(position, e.Position);
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public void Parse_DefaultOperatorAnd_MakesPlainClausesRequired()
    {
        var sut = new QueryParser(TestIndex.Schema, TestIndex.Analyzers, "text") { DefaultOperator = DefaultOperator.And };
        Assert.Equal("+text:rada +text:miasta", sut.Parse("rada miasta").ToString());
        Assert.Equal("text:rada text:miasta", sut.Parse("rada OR miasta").ToString());
    }

    [Fact]
    public void Parse_SeveralDefaultFields_OrsFieldsWithBoosts()
    {
        var sut = new QueryParser(TestIndex.Schema, TestIndex.Analyzers, "title", "text")
        {
            FieldBoosts = new Dictionary<string, float> { ["title"] = 2f },
        };
        Assert.Equal("(title:sąd)^2 text:sąd", sut.Parse("Sąd").ToString());
    }

    [Fact]
    public void Parse_FoldedSubField_UsesItsAnalyzer() =>
        Assert.Equal("text.folded:sad", Sut.Parse("text.folded:Sąd").ToString());

    [Fact]
    public void Parse_TooDeepNesting_ThrowsParseError()
    {
        var input = new string('(', 200) + "rada" + new string(')', 200);
        Assert.Throws<QueryParseException>(() => Sut.Parse(input));
    }

    [Fact]
    public void Parse_FuzzedStrings_OnlyQueryParseException()
    {
        var random = new Random(20231);
        const string alphabet = "ab ąę:\"()[]{}^~*?+-!&|\\/ANDORNOTyear:text:2023 TO.,";
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(10) == 0 ? (char)random.Next(0, 0xFFFF) : alphabet[random.Next(alphabet.Length)];
            }

            var input = new string(chars);
            try
            {
                Assert.NotNull(Sut.Parse(input));
            }
            catch (QueryParseException e)
            {
                Assert.InRange(e.Position, 0, input.Length);
            }

            var lenient = Sut.ParseLenient(input);
            Assert.NotNull(lenient.Query);
        }
    }

    public static TheoryData<string, string, bool> Lenient => new()
    {
        { "rada miasta", "text:rada text:miasta", false },
        { "\"rada miasta", "text:rada text:miasta", true },
        { "(rada miasta", "text:rada text:miasta", true },
        { "rada miasta)", "text:rada text:miasta", true },
        { "AND rada OR", "text:rada", true },
        { "Pytanie: czy Poznań należy do Eurocities?", "text:pytanie text:czy text:poznań text:należy text:eurocities", true },
        { "rok:2023 budżet", "text:rok text:2023 text:budżet", true },
        { "rada^ miasta~x", "text:rada text:miasta~2 text:x", true },
        { "*ada", "text:ada", true },
        { "year:[2020 TO", "text:year text:2020 text:to", true },
    };

    [Theory]
    [MemberData(nameof(Lenient))]
    public void ParseLenient_TypedQuestion_BestQueryAndReport(string input, string expected, bool repaired)
    {
        var result = Sut.ParseLenient(input);
        Assert.Equal(expected, result.Query.ToString());
        Assert.Equal(repaired, result.Dropped.Count > 0);
    }

    [Fact]
    public void ParseLenient_OnlyStopWords_EmptyQuery() => Assert.True(Sut.ParseLenient("i w z").IsEmpty);
}

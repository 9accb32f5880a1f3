using PoznanAsk.Analysis.Tokenization;

namespace PoznanAsk.Analysis.Tests.Tokenization;

public class CharClassTableTests
{
    public static TheoryData<int, string> Classes => new()
    {
        { 'ą', "ALetter" },
        { 'ż', "ALetter" },
        { '7', "AsciiDigit" },
        { '.', "MidNumLet" },
        { ',', "MidNum" },
        { ':', "MidLetter" },
        { '_', "ExtendNumLet" },
        { 0x202F, "ExtendNumLet" },
        { 0x00AD, "Extend" },
        { '-', "Other" },
        { 0x1F600, "Emoji" },
        { 0x10400, "ALetter" },
        { 0x10FFFF, "Other" },
    };

    [Theory]
    [MemberData(nameof(Classes))]
    public void Indexer_KnownCodePoints_HaveLuceneClass(int codePoint, string expected)
    {
        Assert.Equal(expected, CharClassTable.Embedded[codePoint].ToString());
    }

    [Theory]
    [InlineData("0000\t0041\tOther\n", "stops at U+0042")]
    [InlineData("0000\t0010\tOther\n0012\t10FFFF\tOther\n", "line 2")]
    [InlineData("0000\t10FFFF\tNoSuchClass\n", "line 1")]
    public void Parse_GapsOrBadLines_ThrowNamingTheSource(string tsv, string expectedFragment)
    {
        var ex = Assert.Throws<AnalysisException>(() => CharClassTable.Parse(new StringReader(tsv), "classes.tsv"));
        Assert.Contains("classes.tsv", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expectedFragment, ex.Message, StringComparison.Ordinal);
    }
}

using PoznanAsk.Analysis.Morfologik;

namespace PoznanAsk.Analysis.Tests.Morfologik;

public sealed class DictionaryMetadataTests
{
    [Fact]
    public void Parse_PolishInfo_ReadsSeparatorEncodingAndEncoder()
    {
        var sut = DictionaryMetadata.Parse(File.ReadAllText(PolishDictionaryFixture.InfoPath));
        Assert.Equal(';', sut.Separator);
        Assert.Equal((byte)';', sut.SeparatorByte);
        Assert.Equal("utf-8", sut.Encoding.WebName);
        Assert.Equal(LemmaEncoding.Prefix, sut.LemmaEncoding);
        Assert.False(sut.FrequencyIncluded);
        Assert.Empty(sut.InputConversion);
        Assert.Equal("BSD. http://morfologik.blogspot.com", sut.Attributes["fsa.dict.license"]);
    }

    [Fact]
    public void Parse_JavaPropertiesSyntax_ContinuationsEscapesAndSeparators()
    {
        var text = "! comment\n# another\n  fsa.dict.separator : \\u002B\nfsa.dict.encoding    UTF-8\r\n" +
            "fsa.dict.encoder=suf\\\n   FIX\nfsa.dict.frequency-included = yes\nfsa.dict.input-conversion=ą a, ż z\nfsa.dict.author=Marcin Mi\\u0142kowski\\tx\n";
        var sut = DictionaryMetadata.Parse(text);
        Assert.Equal('+', sut.Separator);
        Assert.Equal(LemmaEncoding.Suffix, sut.LemmaEncoding);
        Assert.True(sut.FrequencyIncluded);
        Assert.Equal([new("ą", "a"), new("ż", "z")], sut.InputConversion);
        Assert.Equal("Marcin Miłkowski\tx", sut.Attributes["fsa.dict.author"]);
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { "fsa.dict.encoding=UTF-8\nfsa.dict.encoder=PREFIX", "fsa.dict.separator" },
        { "fsa.dict.separator=;\nfsa.dict.encoder=PREFIX", "fsa.dict.encoding" },
        { "fsa.dict.separator=;\nfsa.dict.encoding=UTF-8", "fsa.dict.encoder" },
        { "fsa.dict.separator=;\nfsa.dict.encoding=UTF-8\nfsa.dict.uses-prefixes=true", "fsa.dict.uses-prefixes" },
        { "fsa.dict.separator=;\nfsa.dict.encoding=UTF-8\nfsa.dict.encoder=PREFIX\nfsa.dict.uses-infixes=false", "fsa.dict.encoder=" },
        { "fsa.dict.separator=;;\nfsa.dict.encoding=UTF-8\nfsa.dict.encoder=PREFIX", "single character" },
        { "fsa.dict.separator=ą\nfsa.dict.encoding=UTF-8\nfsa.dict.encoder=PREFIX", "one byte" },
        { "fsa.dict.separator=;\nfsa.dict.encoding=no-such-charset\nfsa.dict.encoder=PREFIX", "no-such-charset" },
        { "fsa.dict.separator=;\nfsa.dict.encoding=UTF-8\nfsa.dict.encoder=MIDDLE", "SUFFIX, PREFIX, INFIX or NONE" },
        { "fsa.dict.separator=;\nfsa.dict.encoding=UTF-8\nfsa.dict.encoder=NONE\nfsa.dict.frequency-included=perhaps", "frequency-included" },
        { "fsa.dict.separator=;\nfsa.dict.encoding=UTF-8\nfsa.dict.encoder=NONE\nfsa.dict.input-conversion=abc", "input-conversion" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_InvalidOrLegacyMetadata_ThrowsNamingTheKey(string text, string expectedInMessage)
    {
        var e = Assert.Throws<FormatException>(() => DictionaryMetadata.Parse(text));
        Assert.Contains(expectedInMessage, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Iso88592_SeparatorAndEncodingResolve()
    {
        var sut = DictionaryMetadata.Parse("fsa.dict.separator=+\nfsa.dict.encoding=ISO-8859-2\nfsa.dict.encoder=INFIX");
        Assert.Equal(LemmaEncoding.Infix, sut.LemmaEncoding);
        Assert.Equal([0xB1], sut.Encoding.GetBytes("ą"));
    }
}

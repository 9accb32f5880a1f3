using System.Text;
using PoznanAsk.Knowledge.Reading;

namespace PoznanAsk.Knowledge.Tests.Reading;

public sealed class TextDecoderTests
{
    private const string Polish = "Miasto Poznań było członkiem Związku Gmin Śląskich i Stowarzyszenia Źródło Życia: zażółć gęślą jaźń, ŻÓŁĆ.";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decode_Utf8WithBom_StripsTheBomWithoutWarning()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Polish)).ToArray();
        var decoded = TextDecoder.Decode(bytes, "a.txt");
        Assert.Equal(Polish, decoded.Text);
        Assert.Null(decoded.Warning);
    }

    [Theory]
    [InlineData(1250, "windows-1250")]
    [InlineData(28592, "iso-8859-2")]
    public void Decode_LegacyPolishCodePage_DecodesItAndWarns(int codePage, string name)
    {
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(codePage).GetBytes(Polish), "stary.txt");
        Assert.Equal(Polish, decoded.Text);
        Assert.Equal(name, decoded.EncodingName);
        Assert.Contains(name, decoded.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf16WithBom_Decodes()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Polish)).ToArray();
        Assert.Equal(Polish, TextDecoder.Decode(bytes, "u16.txt").Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x00, 0x01 })]
    [InlineData(new byte[] { 0x57, 0x20, 0x32, 0x30, 0x31, 0x39, 0x00 })]
    public void Decode_NulBytes_IsAnErrorNamingTheFile(byte[] bytes)
    {
        var error = Assert.Throws<ReportReadException>(() => TextDecoder.Decode(bytes, "plik.pdf.txt"));
        Assert.Equal("plik.pdf.txt", error.Source);
        Assert.Contains("binarny", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ManyControlCharacters_IsAnError()
    {
        var bytes = Enumerable.Range(1, 60).Select(i => (byte)(i % 8 + 1)).ToArray();
        Assert.Throws<ReportReadException>(() => TextDecoder.Decode(bytes, "x.txt"));
    }
}

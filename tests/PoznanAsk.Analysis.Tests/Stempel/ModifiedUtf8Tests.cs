using PoznanAsk.Analysis.Stempel;

namespace PoznanAsk.Analysis.Tests.Stempel;

public class ModifiedUtf8Tests
{
    [Theory]
    [InlineData(new byte[] { 0x2D, 0x30, 0x4D, 0x45, 0x32 }, "-0ME2")]
    [InlineData(new byte[] { 0xC4, 0x87 }, "ć")]
    [InlineData(new byte[] { 0xC0, 0x80 }, "\0")]
    [InlineData(new byte[] { 0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80 }, "\U0001F600")]
    public void Decode_JavaBytes_GivesUtf16(byte[] bytes, string expected)
    {
        Assert.Equal(expected, ModifiedUtf8.Decode(bytes));
    }

    [Theory]
    [InlineData(new byte[] { 0xC4 })]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xE0, 0x80 })]
    public void Decode_MalformedBytes_ReturnsNull(byte[] bytes)
    {
        Assert.Null(ModifiedUtf8.Decode(bytes));
    }
}

using System.Text;
using PoznanAsk.Search.Storage;

namespace PoznanAsk.Search.Tests.Storage;

public class Crc32CTests
{
    public static TheoryData<string, uint> Vectors => new()
    {
        { "", 0x00000000u },
        { "123456789", 0xE3069283u },
        { "a", 0xC1D04330u },
        { "The quick brown fox jumps over the lazy dog", 0x22620404u },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Compute_KnownVectors_Match(string text, uint expected) =>
        Assert.Equal(expected, Crc32C.Compute(Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void Update_HardwareAndTable_Agree()
    {
        var data = new byte[10_007];
        new Random(3).NextBytes(data);
        for (var len = 0; len < 40; len++)
        {
            var span = data.AsSpan(len, data.Length - (2 * len));
            Assert.Equal(~Crc32C.UpdateSoftware(0xFFFFFFFFu, span), Crc32C.Compute(span));
        }
    }
}

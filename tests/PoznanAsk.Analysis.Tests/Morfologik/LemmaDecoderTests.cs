using System.Text;
using PoznanAsk.Analysis.Morfologik;

namespace PoznanAsk.Analysis.Tests.Morfologik;

public sealed class LemmaDecoderTests
{
    // '@' = 'A' + 255 (mod 256): "drop the whole form".
    public static TheoryData<LemmaEncoding, string, string, string> Cases => new()
    {
        { LemmaEncoding.Prefix, "związku", "ACek", "związek" },
        { LemmaEncoding.Prefix, "mieście", "AGasto", "miasto" },
        { LemmaEncoding.Prefix, "nieodpylonym", "DEić", "odpylić" },
        { LemmaEncoding.Prefix, "najlepszy", "AJdobry", "dobry" },
        { LemmaEncoding.Prefix, "Poznaniu", "ADń", "Poznań" },
        { LemmaEncoding.Prefix, "ludzie", "@Aczłowiek", "człowiek" },
        { LemmaEncoding.Suffix, "koty", "B", "kot" },
        { LemmaEncoding.Suffix, "mieście", "Gasto", "miasto" },
        { LemmaEncoding.Suffix, "byli", "@być", "być" },
        { LemmaEncoding.Infix, "nieduży", "ADA", "duży" },
        { LemmaEncoding.Infix, "najlepsza", "ADBy", "lepszy" },
        { LemmaEncoding.Infix, "ludzie", "A@Aczłowiek", "człowiek" },
        { LemmaEncoding.None, "ludzie", "człowiek", "człowiek" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decode_StoredCode_GivesLemma(LemmaEncoding encoding, string form, string code, string lemma)
    {
        var output = new byte[64];
        var n = LemmaDecoder.Decode(encoding, Encoding.UTF8.GetBytes(form), Encoding.UTF8.GetBytes(code), output);
        Assert.Equal(lemma, Encoding.UTF8.GetString(output, 0, n));
    }

    [Theory]
    [InlineData(LemmaEncoding.Suffix, "ab", "Z")]
    [InlineData(LemmaEncoding.Prefix, "ab", "ZZ")]
    [InlineData(LemmaEncoding.Infix, "ab", "ZZA")]
    [InlineData(LemmaEncoding.Prefix, "ab", "")]
    public void Decode_CountsBeyondTheForm_ClampsInsteadOfThrowing(LemmaEncoding encoding, string form, string code)
    {
        var output = new byte[64];
        var n = LemmaDecoder.Decode(encoding, Encoding.UTF8.GetBytes(form), Encoding.UTF8.GetBytes(code), output);
        Assert.InRange(n, 0, form.Length);
    }

    [Theory]
    [InlineData(LemmaEncoding.Suffix, 1)]
    [InlineData(LemmaEncoding.Prefix, 2)]
    [InlineData(LemmaEncoding.Infix, 3)]
    [InlineData(LemmaEncoding.None, 0)]
    public void CodeBytes_PerEncoding_MatchesSpec(LemmaEncoding encoding, int expected) =>
        Assert.Equal(expected, LemmaDecoder.CodeBytes(encoding));
}

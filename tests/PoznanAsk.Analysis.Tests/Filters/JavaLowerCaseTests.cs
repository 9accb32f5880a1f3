using System.Globalization;
using System.Text;
using PoznanAsk.Analysis.Filters;
using PoznanAsk.Analysis.Tests.Support;

namespace PoznanAsk.Analysis.Tests.Filters;

public class JavaLowerCaseTests
{
    [Theory]
    [InlineData("ZAŻÓŁĆ GĘŚLĄ JAŹŃ", "zażółć gęślą jaźń")]
    [InlineData("Poznań", "poznań")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("ΣΟΦΙΑ", "σοφια")]
    [InlineData("\U00010400", "\U00010428")]
    [InlineData("a\uD800B", "a\uD800b")]
    [InlineData("\u2C2F\uA7C0", "\u2C2F\uA7C0")]
    public void ToLower_Text_MatchesJava17(string input, string expected)
    {
        Assert.Equal(expected, JavaLowerCase.ToLower(input));
    }

    /// <summary>Every code point against Java 17's <c>Character.toLowerCase(int)</c> (the file lists all that change).</summary>
    [Fact]
    public void InPlace_EveryCodePoint_MatchesJava17()
    {
        var java = GoldenFiles.ReadTsv("java17-lowercase.tsv").ToDictionary(
            r => int.Parse(r[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            r => int.Parse(r[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        Assert.True(java.Count > 1300);
        var differences = new List<string>();
        Span<char> buffer = stackalloc char[2];
        for (int cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            int length = new Rune(cp).EncodeToUtf16(buffer);
            JavaLowerCase.InPlace(buffer[..length]);
            int ours = char.ConvertToUtf32(buffer[..length].ToString(), 0);
            int expected = java.GetValueOrDefault(cp, cp);
            if (ours != expected)
            {
                differences.Add($"U+{cp:X4}: ours U+{ours:X4}, Java U+{expected:X4}");
            }
        }

        Assert.True(differences.Count == 0, string.Join("; ", differences.Take(20)));
    }
}

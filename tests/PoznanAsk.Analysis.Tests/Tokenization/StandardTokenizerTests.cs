using PoznanAsk.Analysis.Formatting;
using PoznanAsk.Analysis.Tokenization;

namespace PoznanAsk.Analysis.Tests.Tokenization;

public class StandardTokenizerTests
{
    /// <summary>Spec §5.5 (oracle <c>tokenize</c> output): input → tokens as "text/TYPE".</summary>
    public static TheoryData<string, string> Cases => new()
    {
        { "blisko 1,4 mld zł", "blisko/A 1,4/N mld/A zł/A" },
        { "14 025 uczniów", "14/N 025/N uczniów/A" },
        { "14\u00A0025", "14/N 025/N" },
        { "14\u202F025", "14\u202F025/N" },
        { "rok szkolny 2023/2024", "rok/A szkolny/A 2023/N 2024/N" },
        { "m.in. polskie samorządy", "m.in/A polskie/A samorządy/A" },
        { "Poznań – Ille-et-Vilaine", "Poznań/A Ille/A et/A Vilaine/A" },
        { "konferencja „Circular Cities”", "konferencja/A Circular/A Cities/A" },
        { "Cities for Cyclists’.", "Cities/A for/A Cyclists/A" },
        { "Open & Agile, Open&Agile", "Open/A Agile/A Open/A Agile/A" },
        { "https://www.poznan.pl/mim", "https/A www.poznan.pl/A mim/A" },
        { "biuro.prasowe@um.poznan.pl", "biuro.prasowe/A um.poznan.pl/A" },
        { "COVID-19, e-mail", "COVID/A 19/N e/A mail/A" },
        { "McDonald’s i McDonald's", "McDonald’s/A i/A McDonald's/A" },
        { "Uwaga:tekst, godz. 10:30", "Uwaga:tekst/A godz/A 10/N 30/N" },
        { "3.14 2023r. 15.03.2023", "3.14/N 2023r/A 15.03.2023/N" },
        { "§ 5 ust. 2, 50°C, 3 km²", "5/N ust/A 2/N 50/N C/A 3/N km/A" },
        { "Sp. z o.o.", "Sp/A z/A o.o/A" },
        { "współ\u00ADpraca", "współ\u00ADpraca/A" },
        { "Po\u200Bznań", "Po/A znań/A" },
        { "a.1 PM2.5", "a/A 1/N PM2.5/A" },
        { "\u0301a", "a/A" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Next_PolishReportText_CutsLikeLucene(string text, string expected)
    {
        var actual = new List<string>();
        int position = 0;
        while (StandardTokenizer.Default.Next(text, ref position, out int start, out int end, out var type))
        {
            actual.Add(text[start..end] + "/" + (type == TokenType.Num ? "N" : type == TokenType.AlphaNum ? "A" : TokenFormatter.TypeName(type)));
        }

        Assert.Equal(expected, string.Join(' ', actual));
    }

    [Fact]
    public void Next_WordOf600Letters_CutInto255And255And90()
    {
        var lengths = Lengths(new string('a', 600));
        Assert.Equal([255, 255, 90], lengths);
    }

    [Fact]
    public void Next_JoinedWordCrossingTheLimit_EndsAtLastCompleteJoin()
    {
        // "ab." repeated: the window of 255 units ends after a '.', which cannot end a token.
        string text = string.Concat(Enumerable.Repeat("ab.", 100));
        Assert.Equal(254, Lengths(text)[0]);
    }

    [Fact]
    public void Next_SupplementaryLettersNearTheLimit_NeverSplitsASurrogatePair()
    {
        // U+10400 (Deseret, a letter) is two UTF-16 units: 128 of them = 256 units > 255.
        string text = string.Concat(Enumerable.Repeat("\U00010400", 128));
        var lengths = Lengths(text);
        Assert.Equal([254, 2], lengths);
    }

    [Fact]
    public void Next_EmojiSequences_AreEmojiTokens()
    {
        string text = "👍🏻 👨\u200D👩 1\uFE0F\u20E3 🇵🇱";
        var types = new List<TokenType>();
        int position = 0;
        while (StandardTokenizer.Default.Next(text, ref position, out _, out _, out var type))
        {
            types.Add(type);
        }

        Assert.Equal([TokenType.Emoji, TokenType.Emoji, TokenType.Emoji, TokenType.Emoji], types);
    }

    private static List<int> Lengths(string text)
    {
        var lengths = new List<int>();
        int position = 0;
        while (StandardTokenizer.Default.Next(text, ref position, out int start, out int end, out _))
        {
            lengths.Add(end - start);
        }

        return lengths;
    }
}

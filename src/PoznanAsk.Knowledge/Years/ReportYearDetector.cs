using System.Globalization;
using System.Text.RegularExpressions;

namespace PoznanAsk.Knowledge.Years;

/// <summary>
/// Infers the report year from the text. Annual reports state their year as "W 2017 r." (or
/// "w 2023 r.", "w roku 2019", "w 2019 roku", "2017 r. był okresem…"). Each phrase is a vote;
/// sentence-initial "W YYYY r." votes count double because reports open their statements with them.
/// The top year wins only when it has at least twice the votes of the runner-up (a report mentions the
/// previous year for comparison; that must not win); otherwise the year is ambiguous and null.
/// School years ("2023/2024"), ranges ("2014–2020") and bare numbers never vote.
/// </summary>
internal static partial class ReportYearDetector
{
    [GeneratedRegex(@"(?<![\p{L}\d/–-])(?<w>[Ww])\s+(?<y>(?:19|20)\d{2})\s*(?:r\.|roku\b)(?![\d/])")]
    private static partial Regex InYearRegex();

    [GeneratedRegex(@"(?<![\p{L}\d/–-])[Ww]\s+roku\s+(?<y>(?:19|20)\d{2})(?![\d/–-])")]
    private static partial Regex InRokuYearRegex();

    [GeneratedRegex(@"(?<![\p{L}\d/–-])(?<y>(?:19|20)\d{2})\s*r(?:\.|ok)\s+(?:był|była|było|przyniósł|to)\b")]
    private static partial Regex YearWasRegex();

    /// <summary>Decides the report year of <paramref name="text"/>.</summary>
    public static YearDecision Detect(string text)
    {
        var votes = new Dictionary<int, int>();
        var phrases = new Dictionary<int, string>();

        void Vote(Match m, int weight)
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            votes[year] = votes.GetValueOrDefault(year) + weight;
            phrases.TryAdd(year, Normalise(m.Value));
        }

        foreach (Match m in InYearRegex().Matches(text))
        {
            Vote(m, m.Groups["w"].Value == "W" ? 2 : 1);
        }

        foreach (Match m in InRokuYearRegex().Matches(text))
        {
            Vote(m, 1);
        }

        foreach (Match m in YearWasRegex().Matches(text))
        {
            Vote(m, 2);
        }

        if (votes.Count == 0)
        {
            return new YearDecision(null, "brak zwrotu „W RRRR r.” w tekście", Ambiguous: false);
        }

        var ranked = votes.OrderByDescending(v => v.Value).ThenByDescending(v => v.Key).ToArray();
        var evidence = string.Join("; ", ranked.Select(v => $"„{phrases[v.Key]}” (waga {v.Value})"));
        if (ranked.Length > 1 && ranked[0].Value < 2 * ranked[1].Value)
        {
            return new YearDecision(null, "sprzeczne lata: " + evidence, Ambiguous: true);
        }

        return new YearDecision(ranked[0].Key, evidence, Ambiguous: false);
    }

    private static string Normalise(string phrase) => WhiteSpaceRegex().Replace(phrase, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRegex();
}

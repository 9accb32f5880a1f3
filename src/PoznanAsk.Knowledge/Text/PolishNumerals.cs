namespace PoznanAsk.Knowledge.Text;

/// <summary>
/// Reads a count written as digits or as a Polish numeral word in the forms intro sentences use
/// ("jedenastu", "piętnaście", "dwudziestu trzech"). Only 1–99: membership counts are small.
/// </summary>
internal static class PolishNumerals
{
    private static readonly Dictionary<string, int> Units = Build(
        (1, "jeden jedna jedno jednej jednego jednym jedną"),
        (2, "dwa dwie dwóch dwu dwoma dwiema dwom"),
        (3, "trzy trzech trzem trzema"),
        (4, "cztery czterech czterem czterema"),
        (5, "pięć pięciu pięcioma"),
        (6, "sześć sześciu sześcioma"),
        (7, "siedem siedmiu siedmioma"),
        (8, "osiem ośmiu ośmioma"),
        (9, "dziewięć dziewięciu dziewięcioma"));

    private static readonly Dictionary<string, int> Teens = Build(
        (10, "dziesięć dziesięciu dziesięcioma"),
        (11, "jedenaście jedenastu jedenastoma"),
        (12, "dwanaście dwunastu dwunastoma"),
        (13, "trzynaście trzynastu trzynastoma"),
        (14, "czternaście czternastu czternastoma"),
        (15, "piętnaście piętnastu piętnastoma"),
        (16, "szesnaście szesnastu szesnastoma"),
        (17, "siedemnaście siedemnastu siedemnastoma"),
        (18, "osiemnaście osiemnastu osiemnastoma"),
        (19, "dziewiętnaście dziewiętnastu dziewiętnastoma"));

    private static readonly Dictionary<string, int> Tens = Build(
        (20, "dwadzieścia dwudziestu dwudziestoma"),
        (30, "trzydzieści trzydziestu trzydziestoma"),
        (40, "czterdzieści czterdziestu czterdziestoma"),
        (50, "pięćdziesiąt pięćdziesięciu"),
        (60, "sześćdziesiąt sześćdziesięciu"),
        (70, "siedemdziesiąt siedemdziesięciu"),
        (80, "osiemdziesiąt osiemdziesięciu"),
        (90, "dziewięćdziesiąt dziewięćdziesięciu"));

    /// <summary>
    /// Reads a count from the words <paramref name="words"/> starting at <paramref name="index"/>;
    /// returns the value and how many words it took, or null.
    /// </summary>
    public static (int Value, int Words)? Read(IReadOnlyList<string> words, int index)
    {
        var word = words[index].ToLowerInvariant();
        if (word.Length is > 0 and <= 3 && word.All(char.IsAsciiDigit))
        {
            return (int.Parse(word, System.Globalization.CultureInfo.InvariantCulture), 1);
        }

        if (Units.TryGetValue(word, out var unit))
        {
            return (unit, 1);
        }

        if (Teens.TryGetValue(word, out var teen))
        {
            return (teen, 1);
        }

        if (Tens.TryGetValue(word, out var tens))
        {
            if (index + 1 < words.Count && Units.TryGetValue(words[index + 1].ToLowerInvariant(), out var more))
            {
                return (tens + more, 2);
            }

            return (tens, 1);
        }

        return null;
    }

    private static Dictionary<string, int> Build(params (int Value, string Forms)[] entries)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (value, forms) in entries)
        {
            foreach (var form in forms.Split(' '))
            {
                map[form] = value;
            }
        }

        return map;
    }
}

namespace PoznanAsk.Knowledge.Reading;

/// <summary>
/// When a plain-text line is a heading. Published report pages exported to text lose their markup;
/// headings survive as short standalone lines without sentence punctuation ("Organizacje krajowe",
/// "EUROCITIES", "European Cities Marketing (ECM)"). Running text is longer or ends with punctuation.
/// </summary>
internal static class HeadingHeuristics
{
    /// <summary>Longest heading, in characters.</summary>
    public const int MaxLength = 120;

    /// <summary>Most words a heading has.</summary>
    public const int MaxWords = 12;

    /// <summary>Whether the trimmed line <paramref name="line"/> reads as a heading.</summary>
    public static bool LooksLikeHeading(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > MaxLength)
        {
            return false;
        }

        if (".:;,!?".Contains(line[^1]) || IsCredit(line))
        {
            return false;
        }

        var first = line[0];
        if (!(char.IsUpper(first) || char.IsDigit(first)))
        {
            return false;
        }

        var words = 0;
        var hasLetter = false;
        var inWord = false;
        foreach (var c in line)
        {
            hasLetter |= char.IsLetter(c);
            var ws = char.IsWhiteSpace(c);
            if (!ws && !inWord)
            {
                words++;
            }

            inWord = !ws;
        }

        return hasLetter && words <= MaxWords;
    }

    /// <summary>A source or photo credit ("Źródło: GUS", "fot. …", "Source: …"): never a heading.</summary>
    private static bool IsCredit(ReadOnlySpan<char> line) =>
        line.StartsWith("Źródło:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Zrodlo:", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("Source:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("fot.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a line starts like a new sentence or heading (upper-case letter, digit or opening quote).</summary>
    public static bool StartsUpper(ReadOnlySpan<char> line) =>
        !line.IsEmpty && (char.IsUpper(line[0]) || char.IsDigit(line[0]) || "„\"«".Contains(line[0]));
}

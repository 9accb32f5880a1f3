namespace PoznanAsk.Answering.Questions;

/// <summary>Years named in a question: "w 2017", "w 2017 r.", "w roku 2023", "2017 vs 2023", "2017–2023".</summary>
internal static class YearParser
{
    /// <summary>Smallest year taken for a report year.</summary>
    public const int MinYear = 1990;

    /// <summary>Largest year taken for a report year.</summary>
    public const int MaxYear = 2100;

    /// <summary>Distinct years in order of appearance, and the word indices they occupy.</summary>
    public static (IReadOnlyList<int> Years, IReadOnlySet<int> Positions) Parse(IReadOnlyList<Word> words)
    {
        var years = new List<int>();
        var positions = new HashSet<int>();
        foreach (var w in words)
        {
            if (w.IsNumber && w.Text.Length == 4 && int.TryParse(w.Text, out var y) && y is >= MinYear and <= MaxYear)
            {
                positions.Add(w.Index);
                if (!years.Contains(y))
                {
                    years.Add(y);
                }
            }
        }

        return (years, positions);
    }
}

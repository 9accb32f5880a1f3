using PoznanAsk.Answering.Answers;

namespace PoznanAsk.Web.TestHost.Fakes;

/// <summary>The fakes' miniature report corpus (Polish, in the style of the city's annual reports).</summary>
public static class FakeReports
{
    /// <summary>The years the fake corpus covers.</summary>
    public static IReadOnlyList<int> Years { get; } = [2022, 2023];

    /// <summary>Passages: (id suffix, section, text).</summary>
    public static IReadOnlyList<(string Id, string Section, string Text)> Passages { get; } =
    [
        ("p1", "Współpraca > Organizacje krajowe",
            "Miasto Poznań było członkiem 16 krajowych organizacji i sieci skupiających m.in. polskie samorządy, do których należały: Związek Miast Polskich; Unia Metropolii Polskich; Metropolia Poznań."),
        ("p2", "Współpraca > Unia Metropolii Polskich",
            "W ramach członkostwa Poznania w Unii Metropolii Polskich przygotowano dwa poradniki dla miast w zakresie doręczeń elektronicznych i przeprowadzono 4 szkolenia."),
        ("p3", "Współpraca > Organizacje międzynarodowe",
            "Poznań należał do 12 organizacji międzynarodowych, w tym do sieci Eurocities i Związku Miast Bałtyckich."),
    ];

    /// <summary>A citation of passage <paramref name="index"/> of <paramref name="year"/>'s report.</summary>
    public static Citation Citation(int number, int year, int index)
    {
        var (id, section, text) = Passages[index];
        return new Citation(number, $"{year}-{id}", $"raport-{year}.txt", year, section, text, 0, text.Length, null);
    }
}

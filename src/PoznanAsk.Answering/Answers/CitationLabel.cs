using System.Globalization;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// The one way a cited source is named to a person, in every front end (Teams claims and cards, Web Chat,
/// CLI): "Raport o stanie miasta 2017 – Organizacje krajowe, s. 12" — report year, the innermost section
/// and, for a PDF, the page; never an internal file name. At most <see cref="MaxChars"/> characters, so a
/// source row fits one line of a 390 px phone screen (and Teams' 80-character claim title).
/// </summary>
public static class CitationLabel
{
    /// <summary>Longest label, in UTF-16 units.</summary>
    public const int MaxChars = 80;

    private const string ReportTitle = "Raport o stanie miasta";

    /// <summary>The label of <paramref name="citation"/> on its own (without looking at the other sources of the answer).</summary>
    public static string Of(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var section = LastSectionPart(citation.Section);
        return Compose(citation, string.IsNullOrWhiteSpace(section) ? QuoteStart(citation) : section);
    }

    /// <summary>
    /// The label of <paramref name="citation"/> when <paramref name="taken"/> are the labels of the answer's
    /// other sources: two passages of one section and page are told apart by the start of their quotes, so no
    /// two source rows of an answer read the same.
    /// </summary>
    public static string Distinct(Citation citation, IReadOnlyCollection<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var label = Of(citation);
        if (!taken.Contains(label))
        {
            return label;
        }

        var section = LastSectionPart(citation.Section);
        if (!string.IsNullOrWhiteSpace(section))
        {
            label = Compose(citation, section + ": " + QuoteStart(citation));
        }

        for (var n = 2; taken.Contains(label); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
            label = Truncate(Of(citation), MaxChars - suffix.Length) + suffix;
        }

        return label;
    }

    /// <summary>
    /// The label of several sources shown as one (a front end with a cap on sources, e.g. Teams' 20 claims):
    /// what they share — the report year and section, or the year — and how many passages they are.
    /// </summary>
    public static string Shared(IReadOnlyList<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var first = citations[0];
        var year = citations.All(c => c.Year == first.Year) ? first.Year : null;
        var section = year is not null && citations.All(c => c.Section == first.Section) ? LastSectionPart(first.Section) : string.Empty;
        var page = citations.All(c => c.Page == first.Page) ? first.PageLabel : null;
        var count = string.Create(CultureInfo.InvariantCulture, $" (fragmenty: {citations.Count})");
        var report = year is { } y ? ReportTitle + " " + y.ToString(CultureInfo.InvariantCulture) : "Raporty o stanie miasta";
        var tail = (page is null ? string.Empty : ", " + page) + count;
        return string.IsNullOrWhiteSpace(section) ? report + tail : $"{report} – {Truncate(section, MaxChars - report.Length - 3 - tail.Length)}{tail}";
    }

    /// <summary>Collapses whitespace runs (newlines, no-break spaces) to one space.</summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Cuts <paramref name="text"/> (made one line) at a word boundary where possible and marks the cut with an ellipsis.</summary>
    public static string Truncate(string text, int max)
    {
        text = OneLine(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        if (cut < max / 2)
        {
            cut = max - 1;
        }

        return text[..cut].TrimEnd() + "…";
    }

    // "Raport o stanie miasta 2017 – {what}, s. 12", the page kept whole when {what} must be cut.
    private static string Compose(Citation citation, string what)
    {
        var report = citation.Year is { } year ? ReportTitle + " " + year.ToString(CultureInfo.InvariantCulture) : ReportTitle;
        var page = citation.PageLabel is { } p ? ", " + p : string.Empty;
        var room = MaxChars - report.Length - " – ".Length - page.Length;
        return string.IsNullOrWhiteSpace(what) ? report + page : $"{report} – {Truncate(what, room)}{page}";
    }

    private static string QuoteStart(Citation citation) =>
        "„" + Truncate(citation.Quote, 40).TrimEnd(';', '.', ',', ':', ' ') + "”";

    private static string LastSectionPart(string? section)
    {
        if (string.IsNullOrWhiteSpace(section))
        {
            return string.Empty;
        }

        var cut = section.LastIndexOfAny(['>', '›', '/', '|']);
        return (cut < 0 ? section : section[(cut + 1)..]).Trim();
    }
}

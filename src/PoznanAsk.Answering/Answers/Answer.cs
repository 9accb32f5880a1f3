namespace PoznanAsk.Answering.Answers;

/// <summary>
/// The one answer model every front end renders (CLI, REST, Bot Framework, Direct Line).
/// <see cref="Text"/> is Markdown whose claims carry <c>[n]</c> markers pointing at <see cref="Citations"/>
/// (numbered from 1). Nothing in the text (organisation, count, year) is absent from a cited passage.
/// </summary>
/// <param name="Text">The answer in Markdown, in the question's language.</param>
/// <param name="Citations">The passages the answer rests on, numbered from 1 in order of first use.</param>
/// <param name="Facts">The structured facts used, each pointing at a citation.</param>
/// <param name="Intent">The recognised intent (see <see cref="Intents"/>).</param>
/// <param name="SuggestedQuestions">Follow-up questions to offer (at most 3 are shown by Teams).</param>
/// <param name="Language">"pl" or "en": the language of the question and so of the answer.</param>
/// <param name="Year">The report year the answer is for, when one applies.</param>
/// <param name="Found">False when the reports do not contain the answer (the text says so).</param>
public sealed record Answer(
    string Text,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<AnswerFact> Facts,
    string Intent,
    IReadOnlyList<string> SuggestedQuestions,
    string Language,
    int? Year,
    bool Found);

/// <summary>A cited passage.</summary>
/// <param name="Number">The <c>[n]</c> marker number, from 1.</param>
/// <param name="PassageId">The passage id in the index.</param>
/// <param name="Source">Source file.</param>
/// <param name="Year">Report year.</param>
/// <param name="Section">Section path.</param>
/// <param name="Quote">The exact sentence or list item quoted (a substring of the source text).</param>
/// <param name="Start">Start offset of the quote in the source text.</param>
/// <param name="End">End offset (exclusive) of the quote in the source text.</param>
/// <param name="Url">Published URL of the report, when known; for a PDF it ends with <c>#page=N</c> (the quote's page).</param>
/// <param name="Page">For a report read from a PDF: the page the quote is on (1-based); null otherwise.</param>
public sealed record Citation(
    int Number,
    string PassageId,
    string Source,
    int? Year,
    string Section,
    string Quote,
    int Start,
    int End,
    string? Url,
    int? Page = null)
{
    private readonly string? _label;

    /// <summary>
    /// How the source is named to a person (<see cref="CitationLabel"/>): report year, section and page, never
    /// the file; unique among the sources of one answer (the <c>CitationList</c> sets it so).
    /// </summary>
    public string Label
    {
        get => _label ?? CitationLabel.Of(this);
        init => _label = value;
    }

    /// <summary>How the quote's page is named in Polish text: "s. 214" (strona); null when the report has no pages.</summary>
    public string? PageLabel => Page is { } page ? "s. " + page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The report URL pointing at <paramref name="page"/> (<c>…#page=N</c>, the PDF open-parameter every viewer honours); the URL itself when there is no page.</summary>
    public static string? UrlAt(string? url, int? page)
    {
        if (url is null || page is not { } p)
        {
            return url;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return (hash >= 0 ? url[..hash] : url) + "#page=" + p.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>A fact used in an answer.</summary>
/// <param name="Kind">"membership", "joined", "left" or "count".</param>
/// <param name="Organisation">The canonical organisation name (null for a count).</param>
/// <param name="NameAsWritten">The name as the cited passage writes it.</param>
/// <param name="Year">The year.</param>
/// <param name="Scope">"international", "national" or "unknown".</param>
/// <param name="Citation">The citation number stating it.</param>
/// <param name="Value">For a count: the number the cited sentence states; otherwise null.</param>
public sealed record AnswerFact(
    string Kind,
    string? Organisation,
    string? NameAsWritten,
    int Year,
    string Scope,
    int Citation,
    int? Value = null);

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
/// <param name="Url">Published URL of the report, when known.</param>
public sealed record Citation(
    int Number,
    string PassageId,
    string Source,
    int? Year,
    string Section,
    string Quote,
    int Start,
    int End,
    string? Url);

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

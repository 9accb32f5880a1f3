using System.Text;
using PoznanAsk.Answering.Facts;
using PoznanAsk.Answering.Questions;

namespace PoznanAsk.Answering.Answers;

/// <summary>An answer being written: text, citations, facts, suggestions.</summary>
internal sealed class AnswerDraft
{
    private readonly StringBuilder _text = new();

    /// <summary>Starts a draft for <paramref name="question"/>.</summary>
    public AnswerDraft(ParsedQuestion question, KnowledgeView view)
    {
        Question = question;
        Citations = new CitationList(view);
        Intent = question.Intent;
    }

    /// <summary>The question.</summary>
    public ParsedQuestion Question { get; }

    /// <summary>True for an English answer.</summary>
    public bool En => Question.English;

    /// <summary>Citations so far.</summary>
    public CitationList Citations { get; }

    /// <summary>Facts used.</summary>
    public List<AnswerFact> Facts { get; } = [];

    /// <summary>Suggested follow-ups.</summary>
    public List<string> Suggestions { get; } = [];

    /// <summary>The intent reported.</summary>
    public string Intent { get; set; }

    /// <summary>The year answered for.</summary>
    public int? Year { get; set; }

    /// <summary>Whether the reports answered the question.</summary>
    public bool Found { get; set; } = true;

    /// <summary>Appends a line (a Markdown paragraph is separated by an empty line by the caller).</summary>
    public AnswerDraft Line(string line = "")
    {
        _text.Append(line).Append('\n');
        return this;
    }

    /// <summary>Appends text without a line break.</summary>
    public AnswerDraft Append(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>
    /// The " [n]" marker after a claim, or nothing when <paramref name="covered"/> (the citation of the line that
    /// introduces it, e.g. a list's) already is <paramref name="n"/>: a list is cited once, not once per item.
    /// </summary>
    public static string Marker(int n, int? covered = null) =>
        n == covered ? string.Empty : " [" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    /// <summary>Adds a suggestion once.</summary>
    public void Suggest(string question)
    {
        if (!Suggestions.Contains(question, StringComparer.Ordinal) && !string.Equals(question, Question.Text, StringComparison.OrdinalIgnoreCase))
        {
            Suggestions.Add(question);
        }
    }

    /// <summary>The finished answer.</summary>
    public Answer Build() => new(
        _text.ToString().TrimEnd(),
        Citations.Items,
        Facts,
        Intent,
        Suggestions.Take(3).ToList(),
        Question.Language,
        Year,
        Found);
}

using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Questions;

/// <summary>What a question asks, as understood.</summary>
/// <param name="Text">The question as typed.</param>
/// <param name="Language">"pl" or "en".</param>
/// <param name="Intent">One of <see cref="Answers.Intents"/>.</param>
/// <param name="Years">Years named in the question, in order, distinct.</param>
/// <param name="Now">The question says "now" ("teraz", "obecnie", "currently").</param>
/// <param name="Scope">International or national when the question restricts it, else null.</param>
/// <param name="Mentions">Organisations linked to the registry.</param>
/// <param name="Words">All words of the question.</param>
/// <param name="ContentWords">Words that are not frame, cue, function, year, subject or organisation words.</param>
/// <param name="ForeignSubject">A capitalised or unknown word that names something the reports are not about (e.g. another city), else null.</param>
/// <param name="Asked">What the question word asks for (a number, a place, a year …).</param>
internal sealed record ParsedQuestion(
    string Text,
    string Language,
    string Intent,
    IReadOnlyList<int> Years,
    bool Now,
    MembershipScope? Scope,
    IReadOnlyList<OrganisationMention> Mentions,
    IReadOnlyList<Word> Words,
    IReadOnlyList<Word> ContentWords,
    string? ForeignSubject,
    AskedFor Asked = AskedFor.Anything)
{
    /// <summary>True for an English question.</summary>
    public bool English => Language == "en";
}

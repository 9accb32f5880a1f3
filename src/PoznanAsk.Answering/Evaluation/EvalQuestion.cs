using System.Text.Json.Serialization;

namespace PoznanAsk.Answering.Evaluation;

/// <summary>
/// One line of a question file (JSON Lines): the question and its expected answer in checkable
/// form. Unset expectations are not checked.
/// </summary>
public sealed record EvalQuestion
{
    /// <summary>The question as a user types it.</summary>
    [JsonPropertyName("q")]
    public string Question { get; init; } = string.Empty;

    /// <summary>Expected intent (see <see cref="Answers.Intents"/>).</summary>
    [JsonPropertyName("intent")]
    public string? Intent { get; init; }

    /// <summary>Expected language, "pl" or "en".</summary>
    [JsonPropertyName("lang")]
    public string? Language { get; init; }

    /// <summary>Expected <see cref="Answers.Answer.Year"/>.</summary>
    [JsonPropertyName("year")]
    public int? Year { get; init; }

    /// <summary>Expected scope of every membership fact used: "international" or "national".</summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }

    /// <summary>Organisations (canonical names or substrings) each of which some fact or quote must name.</summary>
    [JsonPropertyName("orgs")]
    public IReadOnlyList<string>? Organisations { get; init; }

    /// <summary>Strings the answer text must not contain (e.g. an organisation of another scope).</summary>
    [JsonPropertyName("notText")]
    public IReadOnlyList<string>? NotText { get; init; }

    /// <summary>Expected stated count (a "count" fact with this value).</summary>
    [JsonPropertyName("count")]
    public int? Count { get; init; }

    /// <summary>Expected <see cref="Answers.Answer.Found"/>.</summary>
    [JsonPropertyName("found")]
    public bool? Found { get; init; }

    /// <summary>Substrings each of which some citation quote must contain.</summary>
    [JsonPropertyName("cite")]
    public IReadOnlyList<string>? Cite { get; init; }

    /// <summary>Substrings the answer text must contain (e.g. "**Tak.**").</summary>
    [JsonPropertyName("text")]
    public IReadOnlyList<string>? Text { get; init; }

    /// <summary>Free-form note (why the question is in the set).</summary>
    [JsonPropertyName("note")]
    public string? Note { get; init; }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoznanAsk.Answering.Evaluation;

/// <summary>
/// One line of a report question file (the format of <c>tests/TestData/reports-dev/questions.jsonl</c>):
/// the question, what it asks for (<see cref="Kind"/>), the expected answer and the verbatim evidence
/// the answer's citations must hold.
/// </summary>
public sealed record ReportQuestion
{
    /// <summary>Question id (e.g. "d001").</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>The question as a user types it.</summary>
    [JsonPropertyName("question")]
    public string Question { get; init; } = string.Empty;

    /// <summary>The year the question asks about, when it names one.</summary>
    [JsonPropertyName("year")]
    public int? Year { get; init; }

    /// <summary>What is asked for.</summary>
    [JsonPropertyName("kind")]
    [JsonConverter(typeof(JsonStringEnumConverter<QuestionKind>))]
    public QuestionKind Kind { get; init; }

    /// <summary>The expected answer; its fields depend on <see cref="Kind"/>.</summary>
    [JsonPropertyName("expected")]
    public JsonElement Expected { get; init; }

    /// <summary>Verbatim quotes of the pages that hold the answer.</summary>
    [JsonPropertyName("evidence")]
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>Files that must not be cited (distractors that blur the fact).</summary>
    [JsonPropertyName("not_from")]
    public IReadOnlyList<string> NotFrom { get; init; } = [];

    /// <summary>"en" for English questions.</summary>
    [JsonPropertyName("lang")]
    public string? Language { get; init; }
}

/// <summary>A verbatim quote of a report file (whitespace runs do not matter).</summary>
/// <param name="File">The file, relative to the reports folder.</param>
/// <param name="Quote">The quote.</param>
public sealed record Evidence(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("quote")] string Quote);

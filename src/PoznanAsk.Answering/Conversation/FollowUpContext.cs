using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoznanAsk.Answering.Conversation;

/// <summary>
/// What a conversation's last complete question asked, kept so that a follow-up ("a w 2023?", "a
/// międzynarodowych?", "and in 2019?") can be answered as that question with one part changed.
/// </summary>
/// <param name="Question">The complete question the chain started with (its words drive a search follow-up).</param>
/// <param name="Language">"pl" or "en".</param>
/// <param name="Intent">The question's intent (see <see cref="Answers.Intents"/>).</param>
/// <param name="Years">The years it was about (those named, or the one the answer chose).</param>
/// <param name="Scope">"international" or "national" when it was restricted, else null.</param>
/// <param name="OrganisationIds">The registry ids of the organisations it named.</param>
/// <param name="FollowUps">How many follow-ups in a row have carried this context so far.</param>
/// <param name="UpdatedAt">When the last answer in the conversation was given.</param>
public sealed record FollowUpContext(
    string Question,
    string Language,
    string Intent,
    IReadOnlyList<int> Years,
    string? Scope,
    IReadOnlyList<string> OrganisationIds,
    int FollowUps,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The store key of a conversation: its channel and id (one id on two channels is two conversations).</summary>
    public static string KeyFor(string channelId, string conversationId) => channelId + "\n" + conversationId;

    /// <summary>The context as compact JSON (what stores keep).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, FollowUpJsonContext.Default.FollowUpContext);

    /// <summary>Reads <see cref="ToJson"/>'s output; null when <paramref name="json"/> is not a context (a store written by another version).</summary>
    public static FollowUpContext? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            var context = JsonSerializer.Deserialize(json, FollowUpJsonContext.Default.FollowUpContext);
            return context is { Question: not null, Language: not null, Intent: not null, Years: not null, OrganisationIds: not null } ? context : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>Source-generated JSON for <see cref="FollowUpContext"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FollowUpContext))]
internal sealed partial class FollowUpJsonContext : JsonSerializerContext;

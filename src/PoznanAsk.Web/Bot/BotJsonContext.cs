using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PoznanAsk.Web.DirectLine;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// Source-generated JSON for the wire types: camelCase, nulls omitted, names matched case-insensitively
/// on input (bot-protocol §1.1).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(TokenResponse))]
internal sealed partial class BotJsonContext : JsonSerializerContext
{
    // Lazy: static initialisers of the generated partial may run after ours.
    private static readonly Lazy<JsonSerializerOptions> WireOptions = new(() => new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = Default,
        Converters = { new RawJsonElementConverter() },
    });

    /// <summary>The options to use: the generated ones, with Polish letters written unescaped and JSON elements copied as written (<see cref="RawJsonElementConverter"/>).</summary>
    public static JsonSerializerOptions Wire => WireOptions.Value;
}

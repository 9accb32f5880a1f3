using System.Text.Json.Serialization;
using PoznanAsk.Web.Bot;

namespace PoznanAsk.Web.State;

/// <summary>Source-generated JSON for the state a store keeps as text.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(Feedback))]
internal sealed partial class StateJsonContext : JsonSerializerContext;

using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PoznanAsk.Web.Bot;

/// <summary>Source-generated (de)serialization of free-form JSON members.</summary>
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class JsonNodeContext : JsonSerializerContext;

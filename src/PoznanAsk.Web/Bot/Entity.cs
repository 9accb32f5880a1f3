using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PoznanAsk.Web.Bot;

/// <summary>An activity entity: a <see cref="Type"/> plus type-specific members kept verbatim
/// (mentions, clientInfo, the schema.org Message entity carrying citations).</summary>
internal sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Builds an entity from JSON members (kept in order).</summary>
    public static Entity Create(string type, JsonObject members) => new()
    {
        Type = type,
        Properties = JsonSerializer.SerializeToElement(members, JsonNodeContext.Default.JsonObject).EnumerateObject().ToDictionary(p => p.Name, p => p.Value),
    };

    /// <summary>A string member, or a string member of an object member (<c>mentioned.id</c>).</summary>
    public string? GetString(string name, string? inner = null)
    {
        if (Properties is null || !Properties.TryGetValue(name, out var value))
        {
            return null;
        }

        if (inner is not null)
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(inner, out value))
            {
                return null;
            }
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}

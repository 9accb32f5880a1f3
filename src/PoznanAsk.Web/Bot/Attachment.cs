using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoznanAsk.Web.Bot;

/// <summary>An attachment; PoznanAsk writes Adaptive Cards and ignores incoming files.</summary>
internal sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }

    public JsonElement? Content { get; set; }

    public string? ContentUrl { get; set; }

    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

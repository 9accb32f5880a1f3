using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoznanAsk.Web.Bot;

/// <summary>The conversation an activity belongs to (bot-protocol §1.2).</summary>
internal sealed class ConversationAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool? IsGroup { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

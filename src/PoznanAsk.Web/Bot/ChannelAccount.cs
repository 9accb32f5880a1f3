using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoznanAsk.Web.Bot;

/// <summary>A user or bot account on a channel (bot-protocol §1.2).</summary>
internal sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>A copy without the role (replies set their own) and without unknown members.</summary>
    public ChannelAccount CopyIdentity() => new() { Id = Id, Name = Name, AadObjectId = AadObjectId };
}

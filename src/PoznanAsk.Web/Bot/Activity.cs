using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// A Bot Framework activity (bot-protocol §1.2). Only the members PoznanAsk reads or writes are typed;
/// everything else survives in <see cref="ExtensionData"/> (A2005). Nulls are never written.
/// </summary>
internal sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Timestamp { get; set; }

    public string? LocalTimestamp { get; set; }

    public string? LocalTimezone { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ReplyToId { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    public string? Locale { get; set; }

    public string? InputHint { get; set; }

    public string? AttachmentLayout { get; set; }

    public string? DeliveryMode { get; set; }

    public string? Name { get; set; }

    public string? Action { get; set; }

    public List<Entity>? Entities { get; set; }

    public List<Attachment>? Attachments { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<ChannelAccount>? MembersRemoved { get; set; }

    public JsonNode? ChannelData { get; set; }

    public JsonNode? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

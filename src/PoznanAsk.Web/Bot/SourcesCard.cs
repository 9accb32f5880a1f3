using System.Globalization;
using System.Text.Json.Nodes;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// Adaptive Cards (version 1.5, the highest Teams renders, bot-protocol §5.3): the list of sources under
/// a Teams answer, with follow-up questions as Teams <c>imBack</c> buttons.
/// </summary>
internal static class SourcesCard
{
    public const string Version = "1.5";
    private const int MaxQuoteChars = 600;

    public static Attachment Create(IReadOnlyList<NumberedCitation> citations, IReadOnlyList<string> followUps)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = "Źródła", ["weight"] = "Bolder", ["size"] = "Medium" },
        };
        foreach (var (position, citation) in citations)
        {
            var title = $"[{position.ToString(CultureInfo.InvariantCulture)}] {CitationEntity.Title(citation)}";
            body.Add(new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = citation.Url is { Length: > 0 } url ? $"[{Escape(title)}]({url})" : Escape(title),
                ["wrap"] = true,
                ["weight"] = "Bolder",
                ["spacing"] = "Medium",
            });
            body.Add(new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = "„" + Escape(CitationEntity.Truncate(citation.Quote, MaxQuoteChars)) + "”",
                ["wrap"] = true,
                ["isSubtle"] = true,
                ["spacing"] = "Small",
            });
        }

        var card = Card(body);
        var actions = new JsonArray();
        foreach (var question in followUps.Where(q => !string.IsNullOrWhiteSpace(q)).Take(ReplyFactory.MaxSuggestedActions))
        {
            actions.Add(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = question,
                ["data"] = new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = question } },
            });
        }

        if (actions.Count > 0)
        {
            card["actions"] = actions;
        }

        return new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card };
    }

    private static JsonObject Card(JsonArray body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = Version,
        ["body"] = body,
    };

    // Adaptive Card TextBlocks render a Markdown subset: keep report text literal.
    private static string Escape(string text) =>
        text.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal)
            .Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

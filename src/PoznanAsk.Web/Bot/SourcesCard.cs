using System.Globalization;
using System.Text.Json;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// The Adaptive Card (version 1.5, the highest Teams renders, bot-protocol §5.3) listing the sources under
/// a Teams answer, with follow-up questions as Teams <c>imBack</c> buttons.
/// </summary>
internal static class SourcesCard
{
    public const string Version = "1.5";
    private const int MaxQuoteChars = 600;

    public static Attachment Create(IReadOnlyList<NumberedCitation> citations, IReadOnlyList<string> followUps) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = JsonBuilder.Build(w =>
        {
            w.WriteStartObject();
            w.WriteString("type", "AdaptiveCard");
            w.WriteString("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
            w.WriteString("version", Version);
            w.WriteStartArray("body");
            TextBlock(w, "Źródła", bold: true, subtle: false, size: "Medium", spacing: null);
            foreach (var (position, citation) in citations)
            {
                var title = Escape($"[{position.ToString(CultureInfo.InvariantCulture)}] {CitationEntity.Title(citation)}");
                TextBlock(w, citation.Url is { Length: > 0 } url ? $"[{title}]({url})" : title, bold: true, subtle: false, size: null, spacing: "Medium");
                TextBlock(w, "„" + Escape(CitationEntity.Truncate(citation.Quote, MaxQuoteChars)) + "”", bold: false, subtle: true, size: null, spacing: "Small");
            }

            w.WriteEndArray();
            var questions = followUps.Where(q => !string.IsNullOrWhiteSpace(q)).Take(ReplyFactory.MaxSuggestedActions).ToList();
            if (questions.Count > 0)
            {
                w.WriteStartArray("actions");
                foreach (var question in questions)
                {
                    w.WriteStartObject();
                    w.WriteString("type", "Action.Submit");
                    w.WriteString("title", question);
                    w.WriteStartObject("data");
                    w.WriteStartObject("msteams");
                    w.WriteString("type", "imBack");
                    w.WriteString("value", question);
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }),
    };

    private static void TextBlock(Utf8JsonWriter w, string text, bool bold, bool subtle, string? size, string? spacing)
    {
        w.WriteStartObject();
        w.WriteString("type", "TextBlock");
        w.WriteString("text", text);
        w.WriteBoolean("wrap", true);
        if (bold)
        {
            w.WriteString("weight", "Bolder");
        }

        if (subtle)
        {
            w.WriteBoolean("isSubtle", true);
        }

        if (size is not null)
        {
            w.WriteString("size", size);
        }

        if (spacing is not null)
        {
            w.WriteString("spacing", spacing);
        }

        w.WriteEndObject();
    }

    // Adaptive Card TextBlocks render a Markdown subset: keep report text literal.
    internal static string Escape(string text) =>
        text.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal)
            .Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

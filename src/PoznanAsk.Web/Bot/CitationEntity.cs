using System.Globalization;
using System.Text;
using System.Text.Json;
using PoznanAsk.Answering.Answers;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// The one root schema.org <c>Message</c> entity per reply (bot-protocol §5.4): one <c>Claim</c> per cited
/// source, within Teams' limits (name ≤ 80, abstract ≤ 160, ≤ 3 keywords of ≤ 28, positions 1..n), and the
/// "AI generated" label only when <c>Bot:AiGeneratedLabel</c> asks for it — PoznanAsk's answers are extracted
/// from the reports, not generated. <c>@id</c> is the empty string because Web Chat only recognises the entity then.
/// </summary>
internal static class CitationEntity
{
    public const string EntityType = "https://schema.org/Message";
    public const string AdaptiveCardFormat = "application/vnd.microsoft.card.adaptive";
    public const int MaxNameChars = 80;
    public const int MaxAbstractChars = 160;
    public const int MaxKeywords = 3;
    public const int MaxKeywordChars = 28;
    public const int MaxQuoteChars = 1000;

    /// <summary>The entity for a reply's citations.</summary>
    /// <param name="citations">The citations kept for the reply.</param>
    /// <param name="teams">
    /// Teams: the claim links to the report and its <c>text</c> is the stringified Adaptive Card Teams documents for the
    /// citation modal. Web Chat opens a claim that has a URL in a new tab instead of showing its quote and renders
    /// <c>text</c> as Markdown, so there the URL stays in the claim's Markdown text.
    /// </param>
    /// <param name="aiGeneratedLabel">Add <c>additionalType: ["AIGeneratedContent"]</c> (Teams' "AI generated" label).</param>
    public static Entity Create(IReadOnlyList<NumberedCitation> citations, bool teams, bool aiGeneratedLabel)
    {
        var members = JsonBuilder.Build(w =>
        {
            w.WriteStartObject();
            w.WriteString("@type", "Message");
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@id", string.Empty);
            if (aiGeneratedLabel)
            {
                w.WriteStartArray("additionalType");
                w.WriteStringValue("AIGeneratedContent");
                w.WriteEndArray();
            }

            w.WriteStartArray("citation");
            foreach (var (position, citation) in citations)
            {
                WriteClaim(w, position, citation, teams);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
        var properties = new Dictionary<string, JsonElement>(5, StringComparer.Ordinal);
        foreach (var member in members.EnumerateObject())
        {
            properties[member.Name] = member.Value;
        }

        return new Entity { Type = EntityType, Properties = properties };
    }

    private static void WriteClaim(Utf8JsonWriter w, int position, Answering.Answers.Citation citation, bool teams)
    {
        w.WriteStartObject();
        w.WriteString("@type", "Claim");
        w.WriteNumber("position", position);
        w.WriteStartObject("appearance");
        w.WriteString("@type", "DigitalDocument");
        w.WriteString("name", Truncate(Title(citation), MaxNameChars));
        if (teams && citation.Url is { Length: > 0 } url)
        {
            w.WriteString("url", url);
        }

        w.WriteString("abstract", Truncate(citation.Quote, MaxAbstractChars));
        if (teams)
        {
            w.WriteString("text", QuoteCard(citation));
            w.WriteString("encodingFormat", AdaptiveCardFormat);
        }
        else
        {
            // Web Chat renders it as Markdown, which would link "m.in." to a domain (as in the answer text).
            w.WriteString("text", WebChatText.EscapeFuzzyLinks(QuoteText(citation)));
        }

        w.WriteStartArray("keywords");
        foreach (var keyword in Keywords(citation))
        {
            w.WriteStringValue(keyword);
        }

        w.WriteEndArray();
        w.WriteStartObject("image");
        w.WriteString("@type", "ImageObject");
        w.WriteString("name", citation.Source.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "PDF" : "Text");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The claim's keywords: the report year, the section and the PDF page, at most 3 of at most 28 characters.</summary>
    public static IReadOnlyList<string> Keywords(Answering.Answers.Citation citation)
    {
        var keywords = new List<string>(MaxKeywords);
        if (citation.Year is { } year)
        {
            keywords.Add(year.ToString(CultureInfo.InvariantCulture));
        }

        var section = LastSectionPart(citation.Section);
        if (!string.IsNullOrWhiteSpace(section))
        {
            keywords.Add(Truncate(section, MaxKeywordChars));
        }

        if (citation.PageLabel is { } page)
        {
            keywords.Add(page);
        }

        return keywords;
    }

    /// <summary>
    /// The citation modal's content for Teams: a stringified Adaptive Card (1.5) with the quoted passage and where it
    /// stands — what Teams documents for <c>appearance.text</c> with <c>encodingFormat</c> <see cref="AdaptiveCardFormat"/>.
    /// </summary>
    public static string QuoteCard(Answering.Answers.Citation citation) => JsonBuilder.Build(w =>
    {
        w.WriteStartObject();
        w.WriteString("type", "AdaptiveCard");
        w.WriteString("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        w.WriteString("version", SourcesCard.Version);
        w.WriteStartArray("body");
        w.WriteStartObject();
        w.WriteString("type", "TextBlock");
        w.WriteString("text", "„" + SourcesCard.Escape(Truncate(citation.Quote, MaxQuoteChars)) + "”");
        w.WriteBoolean("wrap", true);
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("type", "TextBlock");
        w.WriteString("text", "Źródło: " + SourcesCard.Escape(Where(citation)));
        w.WriteBoolean("wrap", true);
        w.WriteBoolean("isSubtle", true);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }).GetRawText();

    /// <summary>
    /// Web Chat's citation source: one reference-style definition per claim, always <c>cite:n</c>, so a
    /// marker opens the claim — the quoted passage and where it stands, report URL included — rather than
    /// leaving the chat for the whole report page.
    /// </summary>
    public static string LinkDefinitions(IReadOnlyList<NumberedCitation> citations)
    {
        var sb = new StringBuilder();
        foreach (var (position, citation) in citations)
        {
            var title = Truncate(Title(citation), MaxNameChars).Replace('"', '\'');
            sb.Append(CultureInfo.InvariantCulture, $"[{position}]: cite:{position} \"{title}\"\n");
        }

        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>The passage the answer rests on, verbatim (its lines kept: a list stays a list), and where it is, as Markdown.</summary>
    public static string QuoteText(Answering.Answers.Citation citation)
    {
        var link = citation.Url is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out _) ? $"\n\n{url.Replace(" ", "%20", StringComparison.Ordinal)}" : string.Empty;
        var quote = citation.Quote.Length > MaxQuoteChars
            ? Truncate(citation.Quote, MaxQuoteChars)
            : string.Join("  \n", citation.Quote.Split('\n').Select(CitationLabel.OneLine).Where(l => l.Length > 0));
        return $"„{quote}”\n\nŹródło: {Where(citation)}{link}";
    }

    // Where it stands as a reader finds it: report year, section path, PDF page — never an internal file name.
    private static string Where(Answering.Answers.Citation citation)
    {
        var report = citation.Year is { } y ? "Raport o stanie miasta " + y.ToString(CultureInfo.InvariantCulture) : "Raport o stanie miasta";
        var section = string.IsNullOrWhiteSpace(citation.Section) ? null : citation.Section.Trim();
        return string.Join(", ", new[] { report, section, citation.PageLabel }.Where(p => !string.IsNullOrEmpty(p)));
    }

    /// <summary>The source row's title: the citation's label (report year, section, page; unique in the answer).</summary>
    public static string Title(Answering.Answers.Citation citation) => citation.Label;

    private static string LastSectionPart(string? section)
    {
        if (string.IsNullOrWhiteSpace(section))
        {
            return string.Empty;
        }

        var cut = section.LastIndexOfAny(['>', '›', '/', '|']);
        return (cut < 0 ? section : section[(cut + 1)..]).Trim();
    }

    /// <summary>Collapses whitespace runs to one space.</summary>
    public static string OneLine(string text) => CitationLabel.OneLine(text);

    /// <summary>Cuts at a word boundary where possible and marks the cut with an ellipsis.</summary>
    public static string Truncate(string text, int max) => CitationLabel.Truncate(text, max);
}

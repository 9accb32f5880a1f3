using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// The one root schema.org <c>Message</c> entity per reply (bot-protocol §5.4): AI label plus one
/// <c>Claim</c> per cited passage, within Teams' limits (name ≤ 80, abstract ≤ 160, ≤ 3 keywords of
/// ≤ 28). <c>@id</c> is the empty string because Web Chat only recognises the entity then.
/// </summary>
internal static class CitationEntity
{
    public const string EntityType = "https://schema.org/Message";
    public const int MaxNameChars = 80;
    public const int MaxAbstractChars = 160;
    public const int MaxKeywordChars = 28;
    public const int MaxQuoteChars = 1000;

    public static Entity Create(IReadOnlyList<NumberedCitation> citations)
    {
        var members = JsonBuilder.Build(w =>
        {
            w.WriteStartObject();
            w.WriteString("@type", "Message");
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@id", string.Empty);
            w.WriteStartArray("additionalType");
            w.WriteStringValue("AIGeneratedContent");
            w.WriteEndArray();
            w.WriteStartArray("citation");
            foreach (var (position, citation) in citations)
            {
                WriteClaim(w, position, citation);
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

    private static void WriteClaim(Utf8JsonWriter w, int position, Answering.Answers.Citation citation)
    {
        w.WriteStartObject();
        w.WriteString("@type", "Claim");
        w.WriteNumber("position", position);
        w.WriteStartObject("appearance");
        w.WriteString("@type", "DigitalDocument");
        w.WriteString("name", Truncate(Title(citation), MaxNameChars));
        if (citation.Url is { Length: > 0 } url)
        {
            w.WriteString("url", url);
        }

        w.WriteString("abstract", Truncate(citation.Quote, MaxAbstractChars));

        // Shown when the citation is opened. Web Chat renders it as Markdown (it ignores an Adaptive
        // Card encodingFormat), Teams as text: a quoted passage suits both.
        w.WriteString("text", QuoteText(citation));
        w.WriteStartArray("keywords");
        if (citation.Year is { } year)
        {
            w.WriteStringValue(year.ToString(CultureInfo.InvariantCulture));
        }

        var section = LastSectionPart(citation.Section);
        if (!string.IsNullOrWhiteSpace(section))
        {
            w.WriteStringValue(Truncate(section, MaxKeywordChars));
        }

        w.WriteEndArray();
        w.WriteStartObject("image");
        w.WriteString("@type", "ImageObject");
        w.WriteString("name", citation.Source.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "PDF" : "Text");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Web Chat's citation source: one reference-style definition per claim; <c>cite:n</c>
    /// when the report has no URL (Web Chat then opens the claim's text).</summary>
    public static string LinkDefinitions(IReadOnlyList<NumberedCitation> citations)
    {
        var sb = new StringBuilder();
        foreach (var (position, citation) in citations)
        {
            var target = citation.Url is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out _)
                ? url.Replace(" ", "%20", StringComparison.Ordinal)
                : "cite:" + position.ToString(CultureInfo.InvariantCulture);
            var title = Truncate(Title(citation), MaxNameChars).Replace('"', '\'');
            sb.Append(CultureInfo.InvariantCulture, $"[{position}]: {target} \"{title}\"\n");
        }

        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>The passage the answer rests on, verbatim, and where it is.</summary>
    public static string QuoteText(Answering.Answers.Citation citation)
    {
        var where = string.IsNullOrWhiteSpace(citation.Section) ? citation.Source : $"{citation.Source}, {citation.Section.Trim()}";
        return $"„{Truncate(citation.Quote, MaxQuoteChars)}”\n\nŹródło: {where}";
    }

    /// <summary>"Raport o stanie miasta 2023 – Organizacje krajowe" style title of a cited passage.</summary>
    public static string Title(Answering.Answers.Citation citation)
    {
        var section = LastSectionPart(citation.Section);
        var report = citation.Year is { } year
            ? "Raport o stanie miasta " + year.ToString(CultureInfo.InvariantCulture)
            : Path.GetFileNameWithoutExtension(citation.Source);
        return string.IsNullOrWhiteSpace(section) ? report : $"{report} – {section}";
    }

    private static string LastSectionPart(string? section)
    {
        if (string.IsNullOrWhiteSpace(section))
        {
            return string.Empty;
        }

        var cut = section.LastIndexOfAny(['>', '/', '|']);
        return (cut < 0 ? section : section[(cut + 1)..]).Trim();
    }

    /// <summary>Collapses whitespace runs to one space.</summary>
    public static string OneLine(string text)
    {
        var needs = false;
        for (var i = 0; i < text.Length && !needs; i++)
        {
            needs = char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])) || i == 0 || i == text.Length - 1);
        }

        return needs ? string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : text;
    }

    /// <summary>Cuts at a word boundary where possible and marks the cut with an ellipsis.</summary>
    public static string Truncate(string text, int max)
    {
        text = OneLine(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        if (cut < max / 2)
        {
            cut = max - 1;
        }

        return text[..cut].TrimEnd() + "…";
    }
}

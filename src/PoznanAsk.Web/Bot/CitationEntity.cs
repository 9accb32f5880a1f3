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

    /// <summary>The entity for a reply's citations.</summary>
    /// <param name="citations">The citations kept for the reply.</param>
    /// <param name="linkToReport">
    /// Put the report's URL on each claim (Teams shows it as the source link). Web Chat opens a claim that
    /// has a URL in a new tab instead of showing its quote, so for Web Chat the URL stays in the claim's text.
    /// </param>
    public static Entity Create(IReadOnlyList<NumberedCitation> citations, bool linkToReport = true)
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
                WriteClaim(w, position, citation, linkToReport);
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

    private static void WriteClaim(Utf8JsonWriter w, int position, Answering.Answers.Citation citation, bool linkToReport)
    {
        w.WriteStartObject();
        w.WriteString("@type", "Claim");
        w.WriteNumber("position", position);
        w.WriteStartObject("appearance");
        w.WriteString("@type", "DigitalDocument");
        w.WriteString("name", Truncate(Title(citation), MaxNameChars));
        if (linkToReport && citation.Url is { Length: > 0 } url)
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

    /// <summary>The passage the answer rests on, verbatim, and where it is.</summary>
    public static string QuoteText(Answering.Answers.Citation citation)
    {
        // Where it stands as a reader finds it: report year, section, PDF page — never an internal file name.
        var report = citation.Year is { } y ? "Raport o stanie miasta " + y.ToString(CultureInfo.InvariantCulture) : "Raport o stanie miasta";
        var section = string.IsNullOrWhiteSpace(citation.Section) ? null : citation.Section.Trim();
        var where = string.Join(", ", new[] { report, section, citation.PageLabel }.Where(p => !string.IsNullOrEmpty(p)));
        var link = citation.Url is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out _) ? $"\n\n{url.Replace(" ", "%20", StringComparison.Ordinal)}" : string.Empty;
        return $"„{Truncate(citation.Quote, MaxQuoteChars)}”\n\nŹródło: {where}{link}";
    }

    /// <summary>
    /// "Raport o stanie miasta 2023 – Organizacje krajowe" style title of a cited passage; without a
    /// section, the start of the quote tells the sources of one report apart.
    /// </summary>
    public static string Title(Answering.Answers.Citation citation)
    {
        var section = LastSectionPart(citation.Section);
        if (string.IsNullOrWhiteSpace(section))
        {
            section = "„" + OneLine(citation.Quote).TrimEnd(';', '.', ',', ':', ' ') + "”";
        }

        var report = citation.Year is { } year
            ? "Raport o stanie miasta " + year.ToString(CultureInfo.InvariantCulture)
            : "Raport o stanie miasta";
        var title = string.IsNullOrWhiteSpace(section) ? report : $"{report} – {section}";
        return citation.PageLabel is { } page ? $"{title}, {page}" : title;
    }

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

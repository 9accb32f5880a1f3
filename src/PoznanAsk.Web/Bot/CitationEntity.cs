using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

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
        var claims = new JsonArray();
        foreach (var (position, citation) in citations)
        {
            var appearance = new JsonObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = Truncate(Title(citation), MaxNameChars),
            };
            if (citation.Url is { Length: > 0 } url)
            {
                appearance["url"] = url;
            }

            appearance["abstract"] = Truncate(OneLine(citation.Quote), MaxAbstractChars);
            // Shown when the citation is opened. Web Chat renders it as Markdown (it ignores an
            // Adaptive Card encodingFormat), Teams as text: a quoted passage suits both.
            appearance["text"] = QuoteText(citation);
            appearance["keywords"] = Keywords(citation);
            appearance["image"] = new JsonObject
            {
                ["@type"] = "ImageObject",
                ["name"] = citation.Source.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "PDF" : "Text",
            };
            claims.Add(new JsonObject
            {
                ["@type"] = "Claim",
                ["position"] = position,
                ["appearance"] = appearance,
            });
        }

        return Entity.Create(EntityType, new JsonObject
        {
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = string.Empty,
            ["additionalType"] = new JsonArray("AIGeneratedContent"),
            ["citation"] = claims,
        });
    }

    /// <summary>Web Chat's citation source: one reference-style definition per claim; <c>cite:n</c>
    /// when the report has no URL (Web Chat then opens the claim's card).</summary>
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

    /// <summary>"Raport 2023 – Organizacje krajowe" style title of a cited passage.</summary>
    public static string Title(Answering.Answers.Citation citation)
    {
        var section = LastSectionPart(citation.Section);
        var report = citation.Year is { } year ? $"Raport o stanie miasta {year}" : Path.GetFileNameWithoutExtension(citation.Source);
        return string.IsNullOrWhiteSpace(section) ? report : $"{report} – {section}";
    }

    private static JsonArray Keywords(Answering.Answers.Citation citation)
    {
        var keywords = new JsonArray();
        if (citation.Year is { } year)
        {
            keywords.Add(year.ToString(CultureInfo.InvariantCulture));
        }

        var section = LastSectionPart(citation.Section);
        if (!string.IsNullOrWhiteSpace(section))
        {
            keywords.Add(Truncate(section, MaxKeywordChars));
        }

        return keywords;
    }

    private static string LastSectionPart(string? section)
    {
        if (string.IsNullOrWhiteSpace(section))
        {
            return string.Empty;
        }

        var parts = section.Split(['>', '/', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 0 ? section.Trim() : parts[^1];
    }

    public static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

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

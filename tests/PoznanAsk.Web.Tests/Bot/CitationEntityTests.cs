using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PoznanAsk.Answering.Answers;
using PoznanAsk.Web.Bot;

namespace PoznanAsk.Web.Tests.Bot;

/// <summary>
/// The Teams citation entity exactly as Teams documents it (bot-protocol §5.4, §8 item 11): one test per limit —
/// ≤ 20 claims, name ≤ 80, abstract ≤ 160, ≤ 3 keywords of ≤ 28, <c>@id</c> "", positions 1..n matching the
/// markers — and the "AI generated" label only on request.
/// </summary>
public sealed partial class CitationEntityTests
{
    private const string LongSection = "Raport o stanie miasta › Współpraca międzynarodowa i krajowa › Członkostwo w stowarzyszeniach i organizacjach pozarządowych";
    private const string LongQuote = "W 2023 r. Miasto Poznań było członkiem 16 krajowych organizacji i sieci skupiających m.in. polskie samorządy, do których należały: Związek Miast Polskich; Unia Metropolii Polskich; Metropolia Poznań; Stowarzyszenie Gmin i Powiatów Wielkopolski; Polska Sieć „Energie Cités”.";

    private static Citation Cite(int number, string section = "Współpraca › Organizacje krajowe", string quote = "Związek Miast Polskich", int? year = 2023, string source = "raport-2023.pdf", int? page = 214) =>
        new(number, "p-" + number, source, year, section, quote, number * 100, (number * 100) + quote.Length, "https://bip.poznan.pl/raport-2023.pdf#page=214", page);

    private static JsonObject Entity(IEnumerable<Citation> citations, bool teams = true, bool aiGeneratedLabel = false)
    {
        var numbered = citations.Select((c, i) => new NumberedCitation(i + 1, c)).ToList();
        var entity = CitationEntity.Create(numbered, teams, aiGeneratedLabel);
        var json = JsonSerializer.Serialize(entity, BotJsonContext.Wire.GetTypeInfo(typeof(Entity)));
        return JsonNode.Parse(json)!.AsObject();
    }

    private static JsonNode Appearance(JsonObject entity, int claim = 0) => entity["citation"]![claim]!["appearance"]!;

    [Fact]
    public void Abstract_QuoteOver160Characters_IsCutAtAWordWithinTheLimit()
    {
        var @abstract = (string)Appearance(Entity([Cite(1, quote: LongQuote)]))["abstract"]!;

        Assert.True(LongQuote.Length > CitationEntity.MaxAbstractChars);
        Assert.InRange(@abstract.Length, 100, CitationEntity.MaxAbstractChars);
        Assert.EndsWith("…", @abstract, StringComparison.Ordinal);
        Assert.StartsWith(@abstract[..^1].TrimEnd(), LongQuote, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_LongSection_IsAtMost80CharactersAndKeepsYearAndPage()
    {
        var name = (string)Appearance(Entity([Cite(1, section: LongSection)]))["name"]!;

        Assert.InRange(name.Length, 1, CitationEntity.MaxNameChars);
        Assert.StartsWith("Raport o stanie miasta 2023 – ", name, StringComparison.Ordinal);
        Assert.EndsWith(", s. 214", name, StringComparison.Ordinal);
        Assert.DoesNotContain("raport-2023.pdf", name, StringComparison.Ordinal);
    }

    public static TheoryData<string, int?, int?, string[]> KeywordCases { get; } = new()
    {
        { "Współpraca › Organizacje krajowe", 2023, 214, ["2023", "Organizacje krajowe", "s. 214"] },
        { LongSection, 2023, 214, ["2023", "Członkostwo w stowarzyszeni…", "s. 214"] },
        { "Organizacje międzynarodowe", 2017, null, ["2017", "Organizacje międzynarodowe"] },
        { "", null, null, [] },
    };

    [Theory]
    [MemberData(nameof(KeywordCases))]
    public void Keywords_AtMostThreeOfAtMost28Characters(string section, int? year, int? page, string[] expected)
    {
        var keywords = Appearance(Entity([Cite(1, section: section, year: year, page: page)]))["keywords"]!.AsArray().Select(k => (string)k!).ToList();

        Assert.InRange(keywords.Count, 0, CitationEntity.MaxKeywords);
        Assert.All(keywords, k => Assert.InRange(k.Length, 1, CitationEntity.MaxKeywordChars));
        Assert.Equal(expected, keywords);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Entity_Root_IsOneSchemaOrgMessageWithAnEmptyId(bool teams)
    {
        var entity = Entity([Cite(1), Cite(2, section: "Współpraca › Unia Metropolii Polskich")], teams);

        Assert.Equal(CitationEntity.EntityType, (string?)entity["type"]);
        Assert.Equal("Message", (string?)entity["@type"]);
        Assert.Equal("https://schema.org", (string?)entity["@context"]);
        Assert.Equal(string.Empty, (string?)entity["@id"]);
        Assert.All(entity["citation"]!.AsArray(), c =>
        {
            Assert.Equal("Claim", (string?)c!["@type"]);
            Assert.Equal(JsonValueKind.Number, c["position"]!.GetValueKind());
            Assert.Equal("DigitalDocument", (string?)c["appearance"]!["@type"]);
        });
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, "AIGeneratedContent")]
    public void AiLabel_OnlyWhenAskedFor(bool aiGeneratedLabel, string? expected)
    {
        var entity = Entity([Cite(1)], aiGeneratedLabel: aiGeneratedLabel);

        Assert.Equal(expected, (string?)entity["additionalType"]?[0]);
    }

    [Fact]
    public void TeamsText_IsAStringifiedAdaptiveCardWithItsEncodingFormat()
    {
        var appearance = Appearance(Entity([Cite(1, quote: LongQuote)]));

        Assert.Equal(CitationEntity.AdaptiveCardFormat, (string?)appearance["encodingFormat"]);
        var card = JsonNode.Parse((string)appearance["text"]!)!;
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal(SourcesCard.Version, (string?)card["version"]);
        var texts = card["body"]!.AsArray().Select(b => (string)b!["text"]!).ToList();
        Assert.Contains(texts, t => t.Contains("Unia Metropolii Polskich", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("Źródło: Raport o stanie miasta 2023, Współpraca › Organizacje krajowe, s. 214", StringComparison.Ordinal));
        Assert.Equal("https://bip.poznan.pl/raport-2023.pdf#page=214", (string?)appearance["url"]);
    }

    [Fact]
    public void WebChatText_IsMarkdownKeepingTheListsLinesAndHasNoUrlOrEncodingFormat()
    {
        const string list = "Miasto Poznań należało do 2 organizacji krajowych:\n • Związek Miast Polskich;\n • Unia Metropolii Polskich.";
        var appearance = Appearance(Entity([Cite(1, quote: list)], teams: false));

        Assert.Null(appearance["encodingFormat"]);
        Assert.Null(appearance["url"]);
        Assert.StartsWith("„Miasto Poznań należało do 2 organizacji krajowych:  \n• Związek Miast Polskich;  \n• Unia Metropolii Polskich.”", (string)appearance["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void WebChatText_PolishAbbreviation_IsNotTurnedIntoALink()
    {
        var text = (string)Appearance(Entity([Cite(1, quote: "Sieci skupiające m.in. polskie samorządy.")], teams: false))["text"]!;

        Assert.Contains("m\\.in. polskie", text, StringComparison.Ordinal);
        Assert.Contains("https://bip.poznan.pl/raport-2023.pdf#page=214", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_MoreThan20Sources_AtMost20ClaimsAndNoSourceDropped()
    {
        // 26 passages of 13 sections (two per section): more than Teams' 20 claims.
        var citations = Enumerable.Range(1, 26).Select(n => Cite(n, section: $"Współpraca › Sekcja {(n + 1) / 2}", quote: $"Fragment numer {n} raportu.", page: n)).ToList();
        var text = string.Concat(citations.Select(c => $"Zdanie {c.Number} [{c.Number}]. "));
        var answer = new Answer(text, citations, [], Intents.Search, [], "pl", 2023, true);

        var plan = CitationPlan.Create(answer);

        Assert.InRange(plan.Citations.Count, 1, CitationPlan.MaxCitations);
        Assert.All(citations, c => Assert.Contains(plan.Citations, k => k.Citation.Quote.Contains(c.Quote, StringComparison.Ordinal)));
        Assert.Equal(citations.Count, Regex.Matches(plan.Text, @"Zdanie \d+ \[\d+\]\.").Count);
        Assert.Equal(plan.Citations.Count, plan.Citations.Select(k => k.Citation.Label).Distinct(StringComparer.Ordinal).Count());
        Assert.All(plan.Citations, k => Assert.InRange(k.Citation.Label.Length, 1, CitationEntity.MaxNameChars));
    }

    [Fact]
    public void Plan_Positions_AreOneToNInOrderOfFirstUseAndEveryMarkerHasAClaim()
    {
        var answer = new Answer("Najpierw [5], potem [2], znowu [5] i bez źródła [9].", [Cite(2), Cite(5, section: "Współpraca › Eurocities")], [], Intents.Search, [], "pl", 2023, true);

        var plan = CitationPlan.Create(answer);
        var entity = Entity(plan.Citations.Select(c => c.Citation));

        Assert.Equal("Najpierw [1], potem [2], znowu [1] i bez źródła .", plan.Text);
        Assert.Equal([1, 2], entity["citation"]!.AsArray().Select(c => (int)c!["position"]!));
        Assert.Equal([5, 2], plan.Citations.Select(c => c.Citation.Number));
    }
}

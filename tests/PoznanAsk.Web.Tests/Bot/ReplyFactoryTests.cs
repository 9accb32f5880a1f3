using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PoznanAsk.Answering.Answers;
using PoznanAsk.Web.Bot;
using PoznanAsk.Web.TestHost.Fakes;

namespace PoznanAsk.Web.Tests.Bot;

/// <summary>bot-protocol §5.3–§5.4 and §8 items 11–12: citations and cards on the wire.</summary>
public sealed partial class ReplyFactoryTests
{
    private static Activity Incoming(string channelId) => new()
    {
        Type = "message",
        Id = "in-1",
        ChannelId = channelId,
        From = new ChannelAccount { Id = "u1", Name = "Anna", Role = "user" },
        Recipient = new ChannelAccount { Id = "b1", Name = "PoznanAsk" },
        Conversation = new ConversationAccount { Id = "c1", IsGroup = false },
        Locale = "en-US",
    };

    private static async Task<Answer> MembershipAnswerAsync() =>
        await new FakeTurnHandler().HandleMessageAsync(new("Do jakich organizacji krajowych należał Poznań w 2023 r.?", "pl-PL", "test", "c"), default);

    private static JsonObject Serialize(Activity activity) =>
        JsonNode.Parse(JsonSerializer.Serialize(activity, BotJsonContext.Wire.GetTypeInfo(typeof(Activity))))!.AsObject();

    [Theory]
    [InlineData("msteams")]
    [InlineData("directline")]
    [InlineData("webchat")]
    public async Task Message_CitationEntity_IsValidPerSpec(string channelId)
    {
        var reply = Serialize(ReplyFactory.Message(Incoming(channelId), await MembershipAnswerAsync(), aiGeneratedLabel: false));

        var entity = Assert.Single(reply["entities"]!.AsArray(), e => (string?)e!["type"] == "https://schema.org/Message")!;
        Assert.Equal("Message", (string?)entity["@type"]);
        Assert.Equal("https://schema.org", (string?)entity["@context"]);
        Assert.Equal(string.Empty, (string?)entity["@id"]);
        Assert.Null(entity["additionalType"]);
        var claims = entity["citation"]!.AsArray();
        Assert.InRange(claims.Count, 1, 10);
        Assert.Equal(Enumerable.Range(1, claims.Count), claims.Select(c => (int)c!["position"]!));
        foreach (var claim in claims)
        {
            Assert.Equal("Claim", (string?)claim!["@type"]);
            var appearance = claim["appearance"]!;
            Assert.Equal("DigitalDocument", (string?)appearance["@type"]);
            Assert.InRange(((string?)appearance["name"])!.Length, 1, 80);
            Assert.InRange(((string?)appearance["abstract"])!.Length, 1, 160);
            var keywords = appearance["keywords"]!.AsArray();
            Assert.InRange(keywords.Count, 1, 3);
            Assert.All(keywords, k => Assert.InRange(((string?)k)!.Length, 1, 28));
        }

        var text = (string)reply["text"]!;
        var body = channelId == "msteams" ? text : text[..text.IndexOf("\n\n[1]:", StringComparison.Ordinal)];
        var markers = Marker().Matches(body).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Equal(markers.Order(), claims.Select(c => (int)c!["position"]!).Order());
    }

    [Fact]
    public async Task Message_Teams_HasNoLinkDefinitionsButACardAndFeedback()
    {
        var reply = Serialize(ReplyFactory.Message(Incoming("msteams"), await MembershipAnswerAsync(), aiGeneratedLabel: false));

        Assert.DoesNotContain("\n[1]:", (string)reply["text"]!, StringComparison.Ordinal);
        var card = Assert.Single(reply["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)card["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)card["content"]!["type"]);
        Assert.True(string.CompareOrdinal((string?)card["content"]!["version"], "1.5") <= 0);
        Assert.Contains("Związek Miast Polskich", card.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.Equal("default", (string?)reply["channelData"]!["feedbackLoop"]!["type"]);
        Assert.Null(reply["suggestedActions"]);
        Assert.True(Encoding(reply) < ReplyFactory.MaxActivityBytes);
    }

    [Fact]
    public async Task Message_WebChat_HasOneLinkDefinitionPerClaimAndSuggestedActions()
    {
        var reply = Serialize(ReplyFactory.Message(Incoming("directline"), await MembershipAnswerAsync(), aiGeneratedLabel: false));

        var text = (string)reply["text"]!;
        Assert.Matches(@"\n\[1\]: cite:1 ""Raport o stanie miasta 2023 – Organizacje krajowe""", text);
        Assert.Matches(@"\n\[2\]: cite:2 ""Raport o stanie miasta 2023 – Unia Metropolii Polskich""$", text);
        Assert.Null(reply["attachments"]);
        Assert.InRange(reply["suggestedActions"]!["actions"]!.AsArray().Count, 1, 3);
        Assert.Equal("pl-PL", (string?)reply["locale"]);
    }

    [Fact]
    public void Message_TwelveCitations_KeepsEveryOne()
    {
        var citations = Enumerable.Range(1, 12).Select(n => FakeReports.Citation(n, 2023, n % 3)).ToList();
        var text = string.Concat(Enumerable.Range(1, 12).Select(n => $"Zdanie {n} [{n}]. "));
        var answer = new Answer(text, citations, [], Intents.Search, [], "pl", 2023, true);

        var reply = ReplyFactory.Message(Incoming("msteams"), answer, aiGeneratedLabel: false);

        var claims = reply.Entities![0].Properties!["citation"];
        Assert.Equal(12, claims.GetArrayLength());
        Assert.Contains("Zdanie 12 [12].", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("directline")]
    public void Message_EnglishAnswer_CarriesTheEnLocale(string channel)
    {
        var answer = new Answer("Yes [1].", [FakeReports.Citation(1, 2023, 0)], [], Intents.IsMember, [], "en", 2023, true);

        var reply = ReplyFactory.Message(Incoming(channel), answer, aiGeneratedLabel: false);

        Assert.StartsWith("en", reply.Locale, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_Text_NamesReportYearAndSectionNeverTheFile()
    {
        var citation = FakeReports.Citation(1, 2023, 0);

        var text = CitationEntity.QuoteText(citation);

        Assert.Contains("Raport o stanie miasta 2023", text, StringComparison.Ordinal);
        Assert.DoesNotContain(citation.Source, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Raz [2] dwa [5].", "Raz [1] dwa [2].")]
    [InlineData("Oba źródła [1][2].", "Oba źródła [1] [2].")]
    [InlineData("Bez źródła [7].", "Bez źródła .")]
    [InlineData("Lista [1]:\n\n- A", "Lista [1]:\n\n- A")]
    [InlineData("Ten sam fragment [2] [2].", "Ten sam fragment [1].")]
    [InlineData("Zdanie [1]\n[1]: https://example.org", "Zdanie [1]\n[1]: https://example.org")]
    [InlineData("Link [1](https://example.org) zostaje.", "Link [1](https://example.org) zostaje.")]
    public void CitationPlan_Markers_AreRenumberedFromOne(string text, string expected)
    {
        var answer = new Answer(text, [FakeReports.Citation(1, 2023, 0), FakeReports.Citation(2, 2023, 1), FakeReports.Citation(5, 2023, 2)], [], Intents.Search, [], "pl", 2023, true);

        Assert.Equal(expected, CitationPlan.Create(answer).Text);
    }

    [Fact]
    public void Message_NotFound_HasNoCitationEntityOrCard()
    {
        var answer = new Answer("Raporty o tym nie mówią.", [], [], Intents.Search, ["Co się zmieniło od 2022 r.?"], "pl", null, false);

        var reply = Serialize(ReplyFactory.Message(Incoming("msteams"), answer, aiGeneratedLabel: false));

        Assert.Null(reply["entities"]);
        Assert.Null(reply["attachments"]);
        Assert.Equal("imBack", (string?)reply["suggestedActions"]!["actions"]![0]!["type"]);
    }

    private static int Encoding(JsonObject reply) => System.Text.Encoding.UTF8.GetByteCount(reply.ToJsonString());

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Marker();
}

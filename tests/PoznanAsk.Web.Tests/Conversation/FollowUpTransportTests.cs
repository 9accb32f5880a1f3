using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Conversation;

/// <summary>
/// Each follow-up pattern, in Polish and English, over the three ways in — Direct Line, <c>/api/messages</c>
/// (anonymous Development mode, expectReplies) and <c>/api/ask</c> with a conversation id — answered by the real
/// engine with its citations and the note saying what was carried over.
/// </summary>
public sealed class FollowUpTransportTests(RealEngineHost host) : IClassFixture<RealEngineHost>
{
    public static TheoryData<string, string, string, string, string> Patterns => new()
    {
        // transport, first question, follow-up, note, a phrase the cited report says
        { "directline", "Do jakich organizacji krajowych należał Poznań w 2017 r.?", "a w 2023?", "(pytanie o 2023 r., organizacje krajowe)", "16 krajowych organizacji" },
        { "messages", "Do jakich organizacji krajowych należał Poznań w 2017 r.?", "a w 2023?", "(pytanie o 2023 r., organizacje krajowe)", "16 krajowych organizacji" },
        { "ask", "Do jakich organizacji krajowych należał Poznań w 2017 r.?", "a w 2023?", "(pytanie o 2023 r., organizacje krajowe)", "16 krajowych organizacji" },
        { "directline", "Do jakich organizacji krajowych należał Poznań w 2017 r.?", "a międzynarodowych?", "(pytanie o 2017 r., organizacje międzynarodowe)", "EUROCITIES" },
        { "messages", "Do jakich organizacji krajowych należał Poznań w 2017 r.?", "a międzynarodowych?", "(pytanie o 2017 r., organizacje międzynarodowe)", "EUROCITIES" },
        { "ask", "Do jakich organizacji krajowych należał Poznań w 2017 r.?", "a międzynarodowych?", "(pytanie o 2017 r., organizacje międzynarodowe)", "EUROCITIES" },
        { "directline", "Czy Poznań należy do Cities for Cyclists?", "kiedy przystąpił?", "(pytanie o Cities for Cyclists’, datę przystąpienia)", "przystąpiło do sieci Cities for Cyclists" },
        { "messages", "Czy Poznań należy do Cities for Cyclists?", "kiedy przystąpił?", "(pytanie o Cities for Cyclists’, datę przystąpienia)", "przystąpiło do sieci Cities for Cyclists" },
        { "ask", "Czy Poznań należy do Cities for Cyclists?", "kiedy przystąpił?", "(pytanie o Cities for Cyclists’, datę przystąpienia)", "przystąpiło do sieci Cities for Cyclists" },
        { "directline", "Kiedy Poznań przystąpił do Eurocities?", "co tam robił?", "(pytanie o EUROCITIES, działalność miasta)", "EUROCITIES cooperation platform" },
        { "messages", "Kiedy Poznań przystąpił do Eurocities?", "co tam robił?", "(pytanie o EUROCITIES, działalność miasta)", "EUROCITIES cooperation platform" },
        { "ask", "Kiedy Poznań przystąpił do Eurocities?", "co tam robił?", "(pytanie o EUROCITIES, działalność miasta)", "EUROCITIES cooperation platform" },
        { "directline", "Czy Poznań należał do Związku Miast Polskich w 2017 r.?", "a w Eurocities?", "(pytanie o 2017 r., EUROCITIES)", "EUROCITIES" },
        { "messages", "Czy Poznań należał do Związku Miast Polskich w 2017 r.?", "a w Eurocities?", "(pytanie o 2017 r., EUROCITIES)", "EUROCITIES" },
        { "ask", "Czy Poznań należał do Związku Miast Polskich w 2017 r.?", "a w Eurocities?", "(pytanie o 2017 r., EUROCITIES)", "EUROCITIES" },
        { "directline", "Which international organisations was Poznań a member of in 2017?", "and in 2019?", "(question about 2019, international organisations)", "należy do następujących organizacji międzynarodowych" },
        { "messages", "Which international organisations was Poznań a member of in 2017?", "and in 2019?", "(question about 2019, international organisations)", "należy do następujących organizacji międzynarodowych" },
        { "ask", "Which international organisations was Poznań a member of in 2017?", "and in 2019?", "(question about 2019, international organisations)", "należy do następujących organizacji międzynarodowych" },
        { "directline", "Is Poznań a member of Cities for Cyclists?", "when did it join?", "(question about Cities for Cyclists’, when it joined)", "przystąpiło do sieci Cities for Cyclists" },
        { "messages", "Is Poznań a member of Cities for Cyclists?", "when did it join?", "(question about Cities for Cyclists’, when it joined)", "przystąpiło do sieci Cities for Cyclists" },
        { "ask", "Is Poznań a member of Cities for Cyclists?", "when did it join?", "(question about Cities for Cyclists’, when it joined)", "przystąpiło do sieci Cities for Cyclists" },
        // The same patterns asked in English.
        { "directline", "Which national organisations was Poznań a member of in 2023?", "and in 2017?", "(question about 2017, national organisations)", "15 krajowych organizacji" },
        { "directline", "Which national organisations was Poznań a member of in 2017?", "and the international ones?", "(question about 2017, international organisations)", "11 organizacji i platform" },
        { "directline", "When did Poznań join Eurocities?", "what did it do there?", "(question about EUROCITIES, what the city did there)", "EUROCITIES cooperation platform" },
        { "directline", "Was Poznań a member of the Union of Polish Metropolises in 2017?", "and of Eurocities?", "(question about 2017, EUROCITIES)", "EUROCITIES" },
        { "messages", "Which national organisations was Poznań a member of in 2023?", "and in 2017?", "(question about 2017, national organisations)", "15 krajowych organizacji" },
        { "messages", "Which national organisations was Poznań a member of in 2017?", "and the international ones?", "(question about 2017, international organisations)", "11 organizacji i platform" },
        { "messages", "When did Poznań join Eurocities?", "what did it do there?", "(question about EUROCITIES, what the city did there)", "EUROCITIES cooperation platform" },
        { "messages", "Was Poznań a member of the Union of Polish Metropolises in 2017?", "and of Eurocities?", "(question about 2017, EUROCITIES)", "EUROCITIES" },
        { "ask", "Which national organisations was Poznań a member of in 2023?", "and in 2017?", "(question about 2017, national organisations)", "15 krajowych organizacji" },
        { "ask", "Which national organisations was Poznań a member of in 2017?", "and the international ones?", "(question about 2017, international organisations)", "11 organizacji i platform" },
        { "ask", "When did Poznań join Eurocities?", "what did it do there?", "(question about EUROCITIES, what the city did there)", "EUROCITIES cooperation platform" },
        { "ask", "Was Poznań a member of the Union of Polish Metropolises in 2017?", "and of Eurocities?", "(question about 2017, EUROCITIES)", "EUROCITIES" },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public async Task FollowUp_OverTransport_AnswersWithContextAndCitations(string transport, string first, string followUp, string note, string cited)
    {
        var conversation = new Conversation(host.App, transport);
        await conversation.AskAsync(first);

        var (text, quotes) = await conversation.AskAsync(followUp);

        Assert.StartsWith("_" + note + "_", text, StringComparison.Ordinal);
        Assert.Contains(quotes, q => q.Replace('\u00A0', ' ').Contains(cited, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("directline")]
    [InlineData("messages")]
    [InlineData("ask")]
    public async Task FreshQuestion_OverTransport_InheritsNothing(string transport)
    {
        var conversation = new Conversation(host.App, transport);
        await conversation.AskAsync("Do jakich organizacji krajowych należał Poznań w 2017 r.?");

        var (text, _) = await conversation.AskAsync("Czy Poznań należy do Eurocities?");

        Assert.DoesNotContain("(pytanie o", text, StringComparison.Ordinal);
        Assert.Contains("EUROCITIES", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WithoutConversationId_IsStateless()
    {
        var conversation = new Conversation(host.App, "ask-stateless");
        await conversation.AskAsync("Do jakich organizacji krajowych należał Poznań w 2017 r.?");

        var (text, _) = await conversation.AskAsync("a w 2023?");

        Assert.DoesNotContain("(pytanie o", text, StringComparison.Ordinal);
    }

    /// <summary>One conversation over one transport: the answer's text and the quotes it cites.</summary>
    private sealed class Conversation(TestApp app, string transport)
    {
        private readonly string _id = "test-" + Guid.NewGuid().ToString("N");
        private DirectLineClient? _directLine;
        private int _count;
        private int _turn;

        public async Task<(string Text, IReadOnlyList<string> Quotes)> AskAsync(string question) => transport switch
        {
            "directline" => await DirectLineAsync(question),
            "messages" => await MessagesAsync(question),
            _ => await RestAsync(question, transport == "ask" ? _id : null),
        };

        private async Task<(string, IReadOnlyList<string>)> DirectLineAsync(string question)
        {
            if (_directLine is null)
            {
                _directLine = new DirectLineClient(app);
                await _directLine.GetTokenAsync();
                await _directLine.StartAsync();
                await _directLine.WaitForAsync(1);
                _count = 1;
            }

            await _directLine.PostMessageAsync(question, "c-" + (++_turn));
            _count += 3; // echo, typing, answer
            await _directLine.WaitForAsync(_count);
            var activities = (JsonArray)(await _directLine.GetActivitiesAsync((_count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))["activities"]!;
            return FromActivity(activities[0]!);
        }

        private async Task<(string, IReadOnlyList<string>)> MessagesAsync(string question)
        {
            var activity = Activities.TeamsMessage("http://127.0.0.1:9/", question);
            activity["id"] = "1:" + (++_turn);
            activity["deliveryMode"] = "expectReplies";
            activity["conversation"] = new JsonObject { ["id"] = "a:" + _id, ["conversationType"] = "personal", ["tenantId"] = "t1" };
            using var response = await app.Client.SendAsync(Activities.Post(activity));
            response.EnsureSuccessStatusCode();
            var replies = (JsonArray)(await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!;
            return FromActivity(replies.Last(a => (string?)a!["type"] == "message")!);
        }

        private async Task<(string, IReadOnlyList<string>)> RestAsync(string question, string? conversationId)
        {
            var body = new JsonObject { ["question"] = question };
            if (conversationId is not null)
            {
                body["conversationId"] = conversationId;
            }

            using var response = await app.Client.PostAsync("/api/ask", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
            response.EnsureSuccessStatusCode();
            var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            return ((string)answer["text"]!, ((JsonArray)answer["citations"]!).Select(c => (string)c!["quote"]!).ToList());
        }

        // The claims' quotes live in the schema.org Message entity (bot-protocol §5.4): each claim's appearance.abstract / text.
        private static (string, IReadOnlyList<string>) FromActivity(JsonNode activity)
        {
            var text = (string)activity["text"]!;
            var quotes = ((JsonArray?)activity["entities"])?.SelectMany(e => (JsonArray?)e!["citation"] ?? [])
                .Select(c => (string)c!["appearance"]!["text"]!).ToList() ?? [];
            return (text, quotes);
        }
    }
}

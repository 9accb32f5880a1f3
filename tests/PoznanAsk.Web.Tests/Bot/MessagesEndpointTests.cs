using System.Net;
using System.Text.Json.Nodes;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Bot;

/// <summary>bot-protocol §2, §3 and §8 items 4–10, 13, 15 against a fake channel on 127.0.0.1.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private FakeChannel _channel = null!;
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync();
        // One turn at a time, so a turn's log lines precede the next turn's replies.
        var settings = _channel.BotSettings(Activities.AppId);
        settings["Limits:MaxConcurrentTurns"] = "1";
        _app = await TestApp.StartAsync(settings, environment: "Production");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _channel.DisposeAsync();
    }

    private string Token() => _channel.Keys.Token(Activities.AppId, _channel.ServiceUrl);

    private Task<HttpResponseMessage> PostAsync(JsonNode activity) => _app.Client.SendAsync(Activities.Post(activity, Token()));

    public static TheoryData<string, string> MalformedBodies => new()
    {
        { "{ \"type\": \"message\", ", "not valid JSON" },
        { "[]", "not valid JSON" },
        { "null", "JSON null" },
        { "", "empty" },
        { "{\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"SERVICE\"}", "no 'type'" },
        { "{\"type\":\"message\",\"serviceUrl\":\"SERVICE\"}", "no 'conversation.id'" },
        { "{\"type\":\"message\",\"conversation\":{},\"serviceUrl\":\"SERVICE\"}", "no 'conversation.id'" },
        { "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"}}", "no 'serviceUrl'" },
        { "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"SERVICE\",\"text\":5}", "member $.text" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Messages_MalformedActivity_Returns400(string body, string expected)
    {
        using var response = await _app.Client.SendAsync(Activities.Post(body.Replace("SERVICE", _channel.ServiceUrl, StringComparison.Ordinal), Token()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_Get_Returns405()
    {
        using var response = await _app.Client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Messages_NotJson_Returns415()
    {
        using var response = await _app.Client.SendAsync(Activities.Post("type=message", Token(), "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Messages_Message_AcknowledgesBeforeTheAnswerThenRepliesThroughConnector()
    {
        var gate = new TaskCompletionSource();
        _app.Handler.Gate = gate.Task;

        using var response = await PostAsync(Activities.TeamsMessage(_channel.ServiceUrl));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength ?? (await response.Content.ReadAsByteArrayAsync()).Length);

        var typing = await _channel.NextCallAsync();
        Assert.Equal("typing", typing.Type);
        Assert.Equal("/emea/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D123/activities", typing.Path);
        gate.SetResult();

        var reply = await _channel.NextMessageAsync();
        Assert.Equal("/emea/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D123/activities/1%3A1718000000000", reply.Path);
        Assert.Equal("Bearer " + FakeChannel.BotToken, reply.Authorization);
        Assert.StartsWith("application/json", reply.ContentType, StringComparison.Ordinal);
        var token = Assert.Single(_channel.TokenCalls);
        Assert.Equal("11111111-2222-3333-4444-555555555555", token.Tenant);
        Assert.Equal("client_credentials", token.Form["grant_type"]);
        Assert.Equal(Activities.AppId, token.Form["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", token.Form["scope"]);
    }

    [Fact]
    public async Task Messages_Reply_HasTheShapeOfSection1_4()
    {
        using var response = await PostAsync(Activities.TeamsMessage(_channel.ServiceUrl));
        var reply = (await _channel.NextMessageAsync()).Json;

        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal(Activities.BotId, (string?)reply["from"]!["id"]);
        Assert.Equal("PoznanAsk", (string?)reply["from"]!["name"]);
        Assert.Equal("29:1AbCdEf-user", (string?)reply["recipient"]!["id"]);
        Assert.Equal("aaaaaaaa-0000-4000-8000-000000000001", (string?)reply["recipient"]!["aadObjectId"]);
        Assert.Equal("19:abc@thread.tacv2;messageid=123", (string?)reply["conversation"]!["id"]);
        Assert.Equal("1:1718000000000", (string?)reply["replyToId"]);
        Assert.Equal("msteams", (string?)reply["channelId"]);
        Assert.Equal("pl-PL", (string?)reply["locale"]);
        Assert.Equal("markdown", (string?)reply["textFormat"]);
        Assert.Contains("Związek Miast Polskich", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Null(reply["id"]);
        Assert.Null(reply["timestamp"]);
        Assert.Null(reply["serviceUrl"]);
        WireAssert.NoNullOrEmptyMembers(reply);
    }

    [Fact]
    public async Task Messages_ExpectReplies_AnswersInlineAndSendsNothing()
    {
        var activity = Activities.TeamsMessage(_channel.ServiceUrl);
        activity["deliveryMode"] = "expectReplies";

        using var response = await PostAsync(activity);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var reply = Assert.Single(body["activities"]!.AsArray())!;
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal("1:1718000000000", (string?)reply["replyToId"]);
        Assert.Contains("[1]", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Empty(_channel.AllCalls);
        Assert.Empty(_channel.TokenCalls);
    }

    [Fact]
    public async Task Messages_TeamsMention_IsStrippedBeforeTheHandler()
    {
        var activity = Activities.TeamsMessage(_channel.ServiceUrl, "<at>PoznanAsk</at> Jakie organizacje w 2023 r.? Pyta <at>Jan Nowak</at>");
        activity["deliveryMode"] = "expectReplies";
        activity["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = "PoznanAsk" }, ["text"] = "<at>PoznanAsk</at>" },
            new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = "29:jan", ["name"] = "Jan Nowak" }, ["text"] = "<at>Jan Nowak</at>" },
            new JsonObject { ["type"] = "clientInfo", ["locale"] = "pl-PL", ["platform"] = "Web" });

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Jakie organizacje w 2023 r.? Pyta Jan Nowak", Assert.Single(_app.Handler.Requests).Text);
    }

    [Fact]
    public async Task Messages_CardSubmitWithQuestion_IsAnswered()
    {
        var activity = Activities.TeamsMessage(_channel.ServiceUrl, string.Empty);
        activity.Remove("text");
        activity["deliveryMode"] = "expectReplies";
        activity["value"] = new JsonObject { ["question"] = "Do jakich organizacji należał Poznań w 2022 r.?" };

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Do jakich organizacji należał Poznań w 2022 r.?", Assert.Single(_app.Handler.Requests).Text);
    }

    [Theory]
    [InlineData("event")]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("installationUpdate")]
    [InlineData("endOfConversation")]
    [InlineData("someFutureType")]
    public async Task Messages_NonMessageTypes_Return200AndSendNothing(string type)
    {
        var activity = Activities.TeamsMessage(_channel.ServiceUrl);
        activity["type"] = type;
        activity["unknownMember"] = new JsonObject { ["nested"] = true };
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "somethingNew", ["x"] = 1 });

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_app.Handler.Requests);
        Assert.Empty(_channel.AllCalls);
    }

    [Fact]
    public async Task Messages_UnknownInvoke_Returns501()
    {
        var activity = Activities.TeamsMessage(_channel.ServiceUrl);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Messages_FeedbackInvoke_Returns200EmptyAndStoresTheRating()
    {
        var activity = Activities.TeamsMessage(_channel.ServiceUrl);
        activity["type"] = "invoke";
        activity["name"] = "message/submitAction";
        activity["replyToId"] = "1:answer-7";
        activity["value"] = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = "dislike", ["feedback"] = "{\"feedbackText\":\"Brakuje roku 2022\"}" },
        };

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var stored = Assert.Single(await _app.Service<PoznanAsk.Web.State.IConversationStateStore>().RecentFeedbackAsync(10, CancellationToken.None));
        Assert.Equal(("1:answer-7", "dislike"), (stored.ActivityId, stored.Reaction));
        Assert.Equal("Brakuje roku 2022", stored.Text);
    }

    [Fact]
    public async Task Messages_FeedbackRoundTrip_AnswerAsksForFeedbackAndTheInvokeIsStoredAgainstIt()
    {
        using var asked = await PostAsync(Activities.TeamsMessage(_channel.ServiceUrl));
        var answer = (await _channel.NextMessageAsync()).Json;
        var answerId = "reply-" + _channel.AllCalls.Count; // the id the Connector gave the answer, which Teams sends back
        var invoke = Activities.TeamsMessage(_channel.ServiceUrl);
        invoke["type"] = "invoke";
        invoke["name"] = "message/submitAction";
        invoke.Remove("text");
        invoke["replyToId"] = answerId;
        invoke["value"] = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = "like", ["feedback"] = "{\"feedbackText\":\"Dziękuję, o to chodziło\"}" },
        };

        using var rated = await PostAsync(invoke);

        // Teams' current shape, not the retired feedbackLoopEnabled flag.
        Assert.Equal("""{"feedbackLoop":{"type":"default"}}""", answer["channelData"]!.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        Assert.Empty(await rated.Content.ReadAsByteArrayAsync());
        var stored = Assert.Single(await _app.Service<PoznanAsk.Web.State.IConversationStateStore>().RecentFeedbackAsync(10, CancellationToken.None));
        Assert.Equal(("msteams", (string?)answer["conversation"]!["id"], answerId, "like", "Dziękuję, o to chodziło"),
            (stored.ChannelId, (string?)stored.ConversationId, stored.ActivityId, stored.Reaction, stored.Text));
    }

    [Fact]
    public async Task Messages_BotAdded_WelcomesOnceWithSuggestedActions()
    {
        var added = Activities.BotAdded(_channel.ServiceUrl);

        using var first = await PostAsync(added);
        var welcome = (await _channel.NextMessageAsync()).Json;
        using var again = await PostAsync(added);
        added["deliveryMode"] = "expectReplies";
        using var third = await PostAsync(added);

        Assert.Contains("PoznanAsk", (string?)welcome["text"], StringComparison.Ordinal);
        var actions = welcome["suggestedActions"]!["actions"]!.AsArray();
        Assert.InRange(actions.Count, 1, 3);
        Assert.All(actions, a => Assert.Equal("imBack", (string?)a!["type"]));
        Assert.Empty(JsonNode.Parse(await third.Content.ReadAsStringAsync())!["activities"]!.AsArray());
        Assert.False(_channel.HasPendingCalls);
    }

    [Fact]
    public async Task Messages_OnlyUserAdded_NoWelcome()
    {
        var added = Activities.BotAdded(_channel.ServiceUrl);
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:someone-else" });
        added["deliveryMode"] = "expectReplies";

        using var response = await PostAsync(added);

        Assert.Empty(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray());
    }

    [Fact]
    public async Task Messages_Connector429ThenOk_RetriesAndUsesOneCachedToken()
    {
        _channel.ConnectorStatuses.Enqueue(200); // typing
        _channel.ConnectorStatuses.Enqueue(429);
        _channel.ConnectorStatuses.Enqueue(502);

        using var response = await PostAsync(Activities.TeamsMessage(_channel.ServiceUrl));
        var attempts = new List<ConnectorCall>();
        while (attempts.Count == 0 || attempts[^1].Status != 200)
        {
            attempts.Add(await _channel.NextMessageAsync());
        }

        using var second = await PostAsync(Activities.TeamsMessage(_channel.ServiceUrl));
        await _channel.NextMessageAsync();

        Assert.Equal([429, 502, 200], attempts.Select(a => a.Status));
        Assert.Single(_channel.TokenCalls);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Messages_ConnectorClientError_IsNotRetried(int status)
    {
        _channel.ConnectorStatuses.Enqueue(200); // typing
        _channel.ConnectorStatuses.Enqueue(status);

        using var response = await PostAsync(Activities.TeamsMessage(_channel.ServiceUrl));
        var refused = await _channel.NextMessageAsync();
        using var next = await PostAsync(Activities.TeamsMessage(_channel.ServiceUrl, "Druga wiadomość o organizacjach"));
        var following = await _channel.NextMessageAsync();

        Assert.Equal(status, refused.Status);
        Assert.Contains("organizacj", following.Body, StringComparison.Ordinal);
        Assert.Equal(1, _channel.AllCalls.Count(c => c.Type == "message" && c.Status == status));
        Assert.Contains(_app.Logs.Lines, l => l.Contains($"answered {status}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Messages_HandlerFails_RepliesPolitelyInPolish()
    {
        _app.Handler.Failure = new InvalidOperationException("index corrupted");
        var activity = Activities.TeamsMessage(_channel.ServiceUrl);
        activity["deliveryMode"] = "expectReplies";

        using var response = await PostAsync(activity);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Przepraszam", body, StringComparison.Ordinal);
        Assert.DoesNotContain("index corrupted", body, StringComparison.Ordinal);
        Assert.DoesNotContain("at PoznanAsk", body, StringComparison.Ordinal);
    }
}

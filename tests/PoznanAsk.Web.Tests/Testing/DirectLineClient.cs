using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PoznanAsk.Web.DirectLine;

namespace PoznanAsk.Web.Tests.Testing;

/// <summary>A minimal Direct Line 3.0 client for the in-process tests (the Node test uses Microsoft's own).</summary>
internal sealed class DirectLineClient(TestApp app)
{
    /// <summary>The host it talks to (a test may swap in the restarted one).</summary>
    public TestApp App { get; set; } = app;

    public string Token { get; set; } = string.Empty;

    public string ConversationId { get; set; } = string.Empty;

    public async Task<JsonObject> GetTokenAsync()
    {
        using var response = await App.Client.PostAsync("/api/webchat/token", null);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Token = (string)body["token"]!;
        ConversationId = (string)body["conversationId"]!;
        return body;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, "/v3/directline" + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return App.Client.SendAsync(request);
    }

    public async Task<JsonObject> StartAsync(HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await SendAsync(HttpMethod.Post, "/conversations", new JsonObject { ["user"] = new JsonObject() });
        Assert.Equal(expected, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<string> PostMessageAsync(string text, string clientActivityId)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/conversations/{ConversationId}/activities", Message(text, clientActivityId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    public async Task<JsonObject> GetActivitiesAsync(string? watermark)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/conversations/{ConversationId}/activities?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Waits (on the conversation's signal, not a timer) until <paramref name="count"/> activities were appended.</summary>
    public async Task WaitForAsync(int count)
    {
        var conversation = (await App.Service<DirectLineStore>().FindAsync(ConversationId, CancellationToken.None))!;
        using var listener = conversation.Listen();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await conversation.SinceAsync(long.MaxValue, timeout.Token)).Watermark < count)
        {
            await listener.WaitAsync(TimeSpan.FromSeconds(1), TimeProvider.System, timeout.Token);
        }

        conversation.Unlisten(listener);
    }

    public static JsonObject Message(string text, string clientActivityId) => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = "podrobiony-uzytkownik", ["name"] = "Anna", ["role"] = "user" },
        ["channelId"] = "webchat",
        ["locale"] = "pl-PL",
        ["localTimestamp"] = "2026-11-21T12:00:00.000+01:00",
        ["localTimezone"] = "Europe/Warsaw",
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId, ["webchat:sequence-id"] = 1 },
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "ClientCapabilities", ["requiresBotState"] = true, ["supportsListening"] = true, ["supportsTts"] = true }),
    };
}

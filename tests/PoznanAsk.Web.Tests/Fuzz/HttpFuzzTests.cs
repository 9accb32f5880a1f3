using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Answering.Service;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Fuzz;

/// <summary>
/// The bounded fuzz and property suite (issue 14): fixed seeds, thousands of generated requests against the real
/// host over the real engine and the seed reports — REST parameters and bodies, query syntax, Bot Framework
/// activities, Direct Line. For every one: no 5xx, every 4xx with a body is ProblemDetails, no stack trace or
/// exception name in any body; the server answers liveness afterwards. Framing cases are in <see cref="FramingFuzzTests"/>.
/// </summary>
public sealed class HttpFuzzTests(RealEngine real) : IClassFixture<RealEngine>, IAsyncLifetime
{
    private readonly List<string> _failures = [];
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(
        new Dictionary<string, string?> { ["Bot:MaxRetries"] = "0" },
        services: s =>
        {
            s.AddSingleton<ITurnHandler>(real.Engine.TurnHandler);
            s.AddSingleton<IReportService>(real.Engine.Reports);
        });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task RestParameters_2000Cases_NoServerErrorAlwaysProblemDetails()
    {
        var input = new FuzzInput(1401);
        string[] routes = ["/api/search", "/api/facts", "/api/facts/diff", "/api/years"];
        string[] names = ["q", "year", "kind", "top", "scope", "org", "from", "to", "x"];
        for (var i = 0; i < 2000; i++)
        {
            var query = string.Join('&', Enumerable.Range(0, input.Random.Next(0, 5))
                .Select(_ => (Name: names[input.Random.Next(names.Length)], Value: input.Parameter()))
                .Where(p => p.Value is not null)
                .Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value!)));
            await GetAsync(routes[input.Random.Next(routes.Length)] + "?" + query);
        }

        await AssertAliveAndNoFailuresAsync();
    }

    [Fact]
    public async Task QuerySyntax_2000Queries_NoServerErrorAndPolishPositionedErrors()
    {
        var input = new FuzzInput(1402);
        for (var i = 0; i < 2000; i++)
        {
            var q = input.Text(10);
            using var response = await _app.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q) + "&top=" + input.Random.Next(1, 101));
            var body = await CheckAsync(response, "GET /api/search?q=" + Show(q));
            if ((int)response.StatusCode == 400 && body.Contains("Invalid query", StringComparison.Ordinal) && !body.Contains("zapytania)", StringComparison.Ordinal))
            {
                Fail("query error without its position in Polish: " + Show(q) + " → " + body);
            }
        }

        await AssertAliveAndNoFailuresAsync();
    }

    [Fact]
    public async Task AskBodies_1000Mutations_NoServerError()
    {
        var input = new FuzzInput(1403);
        const string valid = "{\"question\":\"Czy Poznań należy do Związku Miast Polskich?\",\"locale\":\"pl-PL\",\"conversationId\":\"c1\"}";
        for (var i = 0; i < 1000; i++)
        {
            var body = i % 4 == 0
                ? Encoding.UTF8.GetBytes($"{{\"question\":{input.JsonValue()},\"locale\":{input.JsonValue()},\"conversationId\":{input.JsonValue()}}}")
                : input.Mutate(valid);
            await PostAsync("/api/ask", body, i % 20 == 0 ? "text/plain" : "application/json");
        }

        await AssertAliveAndNoFailuresAsync();
    }

    [Fact]
    public async Task Activities_1000Mutations_NoServerError()
    {
        var input = new FuzzInput(1404);
        const string valid = """
            {"type":"message","id":"1","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","deliveryMode":"expectReplies",
             "from":{"id":"29:u","name":"Anna"},"recipient":{"id":"28:b","name":"PoznanAsk"},"conversation":{"id":"a:1"},
             "text":"<at>PoznanAsk</at> Ile organizacji krajowych w 2023?","locale":"pl-PL",
             "entities":[{"type":"mention","mentioned":{"id":"28:b","name":"PoznanAsk"},"text":"<at>PoznanAsk</at>"}],
             "value":{"action":"feedback","reaction":"like"}}
            """;
        string[] types = ["message", "invoke", "conversationUpdate", "messageReaction", "typing", "event", "", "x"];
        for (var i = 0; i < 1000; i++)
        {
            var body = i % 3 == 0
                ? Encoding.UTF8.GetBytes(valid.Replace("\"message\"", System.Text.Json.JsonSerializer.Serialize(types[input.Random.Next(types.Length)]), StringComparison.Ordinal)
                    .Replace("\"<at>PoznanAsk</at> Ile organizacji krajowych w 2023?\"", input.JsonValue(), StringComparison.Ordinal))
                : input.Mutate(valid);
            await PostAsync("/api/messages", body, "application/json", allowNotImplemented: true);
        }

        await AssertAliveAndNoFailuresAsync();
    }

    [Fact]
    public async Task DirectLine_600Requests_NoServerError()
    {
        var input = new FuzzInput(1405);
        var directLine = new DirectLineClient(_app);
        await directLine.GetTokenAsync();
        await directLine.StartAsync();
        const string valid = """{"type":"message","from":{"id":"u"},"text":"Do jakich organizacji należał Poznań w 2017 r.?","locale":"pl-PL","channelData":{"clientActivityID":"a1"}}""";
        for (var i = 0; i < 600; i++)
        {
            // (No NUL in the path: HttpClient's test handler refuses to send it; Kestrel answers such a request line 400 itself.)
            var id = i % 5 == 0 ? Uri.EscapeDataString(input.Text(3).Replace("\0", string.Empty, StringComparison.Ordinal)) : directLine.ConversationId;
            var token = i % 7 == 0 ? input.Text(3).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal) : directLine.Token;
            HttpRequestMessage request = (i % 3) switch
            {
                0 => new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities?watermark={Uri.EscapeDataString(input.Parameter() ?? string.Empty)}"),
                1 => new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities") { Content = Json(input.Mutate(valid), "application/json") },
                _ => new HttpRequestMessage(HttpMethod.Post, "/v3/directline/" + (input.Random.Next(2) == 0 ? "tokens/refresh" : "conversations")) { Content = Json(input.Mutate("{\"user\":{}}"), "application/json") },
            };
            if (AuthenticationHeaderValue.TryParse("Bearer " + token, out var auth))
            {
                request.Headers.Authorization = auth;
            }

            using (request)
            {
                using var response = await _app.Client.SendAsync(request);
                await CheckAsync(response, $"{request.Method} {request.RequestUri}");
            }
        }

        await AssertAliveAndNoFailuresAsync();
    }

    private static ByteArrayContent Json(byte[] body, string type)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", type);
        return content;
    }

    private static string Show(string s) => s.Length > 80 ? s[..80] + "…" : s;

    private async Task GetAsync(string url)
    {
        using var response = await _app.Client.GetAsync(url);
        await CheckAsync(response, "GET " + Show(url));
    }

    private async Task PostAsync(string url, byte[] body, string type, bool allowNotImplemented = false)
    {
        using var response = await _app.Client.PostAsync(url, Json(body, type));
        // An invoke the bot does not implement is answered 501, as the Bot Framework protocol prescribes: not a failure.
        if (allowNotImplemented && (int)response.StatusCode == 501 && Encoding.UTF8.GetString(body).Contains("\"invoke\"", StringComparison.Ordinal))
        {
            return;
        }

        await CheckAsync(response, "POST " + url + " " + Show(Encoding.UTF8.GetString(body)));
    }

    private async Task<string> CheckAsync(HttpResponseMessage response, string what)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status >= 500)
        {
            Fail($"{status} for {what}: {Show(body)}");
        }
        else if (status >= 400 && body.Length > 0 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            Fail($"{status} without ProblemDetails for {what}: {response.Content.Headers.ContentType}");
        }

        if (body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal))
        {
            Fail($"stack trace or exception name in the body for {what}");
        }

        return body;
    }

    private void Fail(string message)
    {
        if (_failures.Count < 10)
        {
            _failures.Add(message);
        }
    }

    private async Task AssertAliveAndNoFailuresAsync()
    {
        using var live = await _app.Client.GetAsync("/health/live");
        Assert.Equal(System.Net.HttpStatusCode.OK, live.StatusCode);
        Assert.True(_failures.Count == 0, string.Join("\n", _failures.Take(5).Concat(_app.Logs.Lines.Where(l => l.Contains("unhandled exception", StringComparison.Ordinal)).Take(2))));
    }
}

using System.Text;
using System.Text.Json.Nodes;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Fuzz;

/// <summary>
/// Request framing, fuzzed over a real socket (fixed seed): random chunk sizes and broken chunk lines, bodies cut
/// short of their Content-Length, oversized declared and chunked bodies, bodies that stall. No 5xx, every
/// answer with a body is ProblemDetails or the route's JSON, no stack trace logged or sent, server alive afterwards.
/// </summary>
public sealed class FramingFuzzTests : IAsyncLifetime
{
    private TestApp _app = null!;
    private string _directLine = string.Empty;
    private string _token = string.Empty;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Limits:RequestBodyGraceSeconds"] = "2", ["Bot:MaxRetries"] = "0" }, kestrel: true);
        var client = new DirectLineClient(_app);
        await client.GetTokenAsync();
        await client.StartAsync();
        _directLine = $"/v3/directline/conversations/{client.ConversationId}/activities";
        _token = client.Token;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Framing_300Cases_NoServerErrorServerAlive()
    {
        var random = new Random(1406);
        var server = new Uri(_app.Url);
        var failures = new List<string>();
        const string body = "{\"question\":\"Ile organizacji międzynarodowych w 2017?\",\"type\":\"message\",\"from\":{\"id\":\"u\"},\"text\":\"Ile?\"}";
        for (var i = 0; i < 300; i++)
        {
            var route = (i % 3) switch
            {
                0 => "/api/ask",
                1 => "/api/messages",
                _ => _directLine,
            };
            var kind = random.Next(5);
            var bytes = Encoding.UTF8.GetBytes(body);
            var head = $"POST {route} HTTP/1.1\nContent-Type: application/json\nAuthorization: Bearer {_token}\n";
            RawHttp.Response response;
            switch (kind)
            {
                case 0: // chunked, random chunk sizes, sometimes a broken size line or no terminator
                    response = await RawHttp.SendAsync(server, head + "Transfer-Encoding: chunked", async s =>
                    {
                        for (var at = 0; at < bytes.Length;)
                        {
                            var n = Math.Min(bytes.Length - at, random.Next(1, 40));
                            if (random.Next(8) == 0)
                            {
                                await s.WriteAsync(Encoding.ASCII.GetBytes(random.Next(3) switch { 0 => "zz\r\n", 1 => "-1\r\n", _ => "ffffffffffff\r\n" }));
                            }

                            await RawHttp.WriteChunkAsync(s, bytes.AsMemory(at, n));
                            at += n;
                        }

                        if (random.Next(4) > 0)
                        {
                            await s.WriteAsync("0\r\n\r\n"u8.ToArray());
                        }
                    }, halfClose: true, expectResponse: false);
                    break;
                case 1: // fewer bytes than declared, then the client's side closes
                    var cut = random.Next(0, bytes.Length);
                    response = await RawHttp.SendAsync(server, head + $"Content-Length: {bytes.Length + random.Next(1, 5000)}", s => s.WriteAsync(bytes.AsMemory(0, cut)).AsTask(), halfClose: true, expectResponse: false);
                    break;
                case 2: // declared larger than the cap
                    response = await RawHttp.SendAsync(server, head + $"Content-Length: {random.Next(300_000, int.MaxValue)}", s => s.WriteAsync(bytes).AsTask(), expectResponse: false);
                    break;
                case 3: // chunked past the cap
                    var big = new byte[random.Next(70, 400) * 1024];
                    Array.Fill(big, (byte)'a');
                    response = await RawHttp.SendAsync(server, head + "Transfer-Encoding: chunked", async s =>
                    {
                        await RawHttp.WriteChunkAsync(s, big);
                        await s.WriteAsync("0\r\n\r\n"u8.ToArray());
                    }, expectResponse: false);
                    break;
                default: // a whole, valid body with a random Content-Type parameter
                    response = await RawHttp.SendAsync(server, head.Replace("application/json", random.Next(2) == 0 ? "application/json; charset=utf-8" : "application/json;x=\"\"", StringComparison.Ordinal) + $"Content-Length: {bytes.Length}", s => s.WriteAsync(bytes).AsTask());
                    break;
            }

            if (response.Status >= 500 || (response.Status >= 400 && response.Body.Length > 0 && response.ContentType != "application/problem+json") || response.Body.Contains("   at ", StringComparison.Ordinal))
            {
                failures.Add($"case {i} (kind {kind}, {route}): {response.Status} {response.ContentType} {response.Body[..Math.Min(200, response.Body.Length)]}");
            }
        }

        // Bodies that stall: a few at once, each ended by the minimum data rate with a 408.
        var stalled = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => RawHttp.SendAsync(server,
            $"POST {(i % 2 == 0 ? "/api/ask" : "/api/messages")} HTTP/1.1\nContent-Type: application/json\nContent-Length: 4000", s => s.WriteAsync("{\"question\":"u8.ToArray()).AsTask())));

        Assert.All(stalled, r => Assert.Equal(408, r.Status));
        Assert.All(stalled, r => Assert.Equal(408, (int)JsonNode.Parse(r.Body)!["status"]!));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5).Concat(_app.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal)).Take(3))));
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("   at ", StringComparison.Ordinal) && l.Contains("BadHttpRequest", StringComparison.Ordinal));
        using var live = await _app.Client.GetAsync("/health/live");
        Assert.Equal(System.Net.HttpStatusCode.OK, live.StatusCode);
    }
}

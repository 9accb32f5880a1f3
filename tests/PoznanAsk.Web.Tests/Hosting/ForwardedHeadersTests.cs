using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Hosting;

/// <summary>
/// Behind the TLS reverse proxy (issue 14, defect 6): forwarded headers count only from configured proxies, a
/// forged Host is refused rather than echoed into stream URLs or the OpenAPI servers, and rate limits are per
/// real client, not one bucket for the proxy's address.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Allowed = "czat.poznan.pl;127.0.0.1;localhost";

    [Fact]
    public async Task Conversation_FromTrustedProxyWithHttps_StreamUrlIsWss()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["AllowedHosts"] = Allowed }, kestrel: true);

        var stream = await StartConversationAsync(app, new() { ["X-Forwarded-Proto"] = "https", ["X-Forwarded-Host"] = "czat.poznan.pl", ["X-Forwarded-For"] = "203.0.113.7" });

        Assert.StartsWith("wss://czat.poznan.pl/v3/directline/conversations/", stream, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conversation_FromAnAddressThatIsNoConfiguredProxy_IgnoresForwardedHeaders()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Proxy:KnownProxies:0"] = "10.20.30.40" }, kestrel: true);

        var stream = await StartConversationAsync(app, new() { ["X-Forwarded-Proto"] = "https", ["X-Forwarded-Host"] = "zly.example" });

        Assert.StartsWith("ws://127.0.0.1:", stream, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForwardedHostNotAllowed_IsNotEchoed()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["AllowedHosts"] = Allowed }, kestrel: true);

        var stream = await StartConversationAsync(app, new() { ["X-Forwarded-Proto"] = "https", ["X-Forwarded-Host"] = "zly.example" });

        Assert.DoesNotContain("zly.example", stream, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedHostHeader_Refused_NotEchoedIntoOpenApiServers()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["AllowedHosts"] = Allowed }, kestrel: true);

        var forged = await RawHttp.SendAsync(new Uri(app.Url), "GET /openapi/v1.json HTTP/1.1\nHost: zly.example");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "czat.poznan.pl");
        using var proxied = await app.Client.SendAsync(request);
        var document = (await proxied.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(400, forged.Status);
        Assert.DoesNotContain("zly.example", forged.Body, StringComparison.Ordinal);
        Assert.Equal("https://czat.poznan.pl/", (string?)document["servers"]![0]!["url"]);
    }

    [Fact]
    public async Task WebChatTokens_TwoVisitorsBehindTheProxy_HaveTheirOwnLimit()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Limits:PermitsPerSecond"] = "100",
            ["Limits:TokensPerMinute"] = "2",
        }, kestrel: true);

        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            first.Add(await TokenAsync(app, "203.0.113.7"));
        }

        var second = await TokenAsync(app, "198.51.100.23");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.OK, second);
    }

    private static async Task<HttpStatusCode> TokenAsync(TestApp app, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
        request.Headers.Add("X-Forwarded-For", client);
        using var response = await app.Client.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<string> StartConversationAsync(TestApp app, Dictionary<string, string> headers)
    {
        var directLine = new DirectLineClient(app);
        await directLine.GetTokenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Content = JsonContent.Create(new JsonObject()) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", directLine.Token);
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["streamUrl"]!;
    }
}

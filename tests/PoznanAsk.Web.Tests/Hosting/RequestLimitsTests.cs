using System.Net;
using System.Text.Json.Nodes;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Hosting;

/// <summary>What Kestrel would answer with an empty body (issue 14, defect 7): too long a URL (414), too large
/// headers (431), HEAD on a GET route (405); now ProblemDetails, or the GET answer without a body.</summary>
public sealed class RequestLimitsTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(kestrel: true);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Uri Server => new(_app.Url);

    [Fact]
    public async Task Get_UrlOverTheLimit_Returns414Problem()
    {
        var response = await RawHttp.SendAsync(Server, $"GET /api/search?q={new string('a', 9000)} HTTP/1.1");

        Assert.Equal(414, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal(414, (int)JsonNode.Parse(response.Body)!["status"]!);
    }

    [Fact]
    public async Task Get_HeadersOverTheLimit_Returns431Problem()
    {
        var cookie = string.Join("\n", Enumerable.Range(0, 6).Select(i => $"X-Pole-{i}: {new string('b', 6000)}"));
        var response = await RawHttp.SendAsync(Server, $"GET /api/years HTTP/1.1\n{cookie}");

        Assert.Equal(431, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/api/years")]
    [InlineData("/")]
    public async Task Head_GetRoute_Returns200WithoutBody(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, path);
        using var response = await _app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Delete_PostRoute_Returns405Problem()
    {
        using var response = await _app.Client.DeleteAsync("/api/ask");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

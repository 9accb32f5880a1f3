using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Hosting;

/// <summary>
/// Request bodies that fail while Kestrel reads them (issue 14, defect 2): too long when chunked, a bad chunk
/// size, fewer bytes than Content-Length, a body that stalls. Each is a 413 / 400 / 408 ProblemDetails on
/// every route that reads a body, logged as one line without a stack trace, never a 500.
/// </summary>
public sealed class RequestFramingTests : IAsyncLifetime
{
    private const string Question = "{\"question\":\"Do jakich organizacji krajowych należał Poznań w 2023 r.?\"}";
    private TestApp _app = null!;
    private string _directLinePath = string.Empty;
    private string _directLineToken = string.Empty;

    public static TheoryData<string> Routes => new() { "ask", "messages", "directline" };

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Limits:RequestBodyGraceSeconds"] = "2" }, kestrel: true);
        var directLine = new DirectLineClient(_app);
        await directLine.GetTokenAsync();
        await directLine.StartAsync();
        _directLinePath = $"/v3/directline/conversations/{directLine.ConversationId}/activities";
        _directLineToken = directLine.Token;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Post_ChunkedBodyOverTheCap_Returns413Problem(string route)
    {
        var chunk = Encoding.UTF8.GetBytes(new string('a', 64 * 1024));
        var response = await RawHttp.SendAsync(Server, Head(route, "Transfer-Encoding: chunked"), async s =>
        {
            await RawHttp.WriteChunkAsync(s, "{\"question\":\""u8.ToArray());
            for (var i = 0; i < 24; i++)
            {
                await RawHttp.WriteChunkAsync(s, chunk);
            }

            await s.WriteAsync("0\r\n\r\n"u8.ToArray());
        });

        AssertProblem(response, 413);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Post_BadChunkSize_Returns400Problem(string route)
    {
        var response = await RawHttp.SendAsync(Server, Head(route, "Transfer-Encoding: chunked"), s => s.WriteAsync("zz\r\n{}\r\n0\r\n\r\n"u8.ToArray()).AsTask());

        AssertProblem(response, 400);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Post_BodyShorterThanContentLength_IsA400NotAServerError(string route)
    {
        // The client ends its side after fewer bytes than it declared: Kestrel treats that as a disconnect, so
        // there is no one to answer; the server must still see a 400 (the client's fault), not a 500.
        await RawHttp.SendAsync(Server, Head(route, "Content-Length: 5000"), s => s.WriteAsync(Encoding.UTF8.GetBytes(Question)).AsTask(), halfClose: true, expectResponse: false);

        await _app.Logs.WaitForAsync(l => l.Contains("rejected with 400", StringComparison.Ordinal));
        Assert.DoesNotContain(_app.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.Contains("   at ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Post_BodyThatStalls_Returns408Problem(string route)
    {
        // Half the declared body, then nothing: Kestrel's minimum data rate (grace 2 s here) ends the wait.
        var response = await RawHttp.SendAsync(Server, Head(route, "Content-Length: 5000"), s => s.WriteAsync(Encoding.UTF8.GetBytes(Question)).AsTask());

        AssertProblem(response, 408);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Post_JsonWithUtf8Bom_IsAccepted(string route)
    {
        var json = route == "ask" ? Question : Activity();
        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray();
        var response = await RawHttp.SendAsync(Server, Head(route, $"Content-Length: {body.Length}"), s => s.WriteAsync(body).AsTask());

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheCap_LogsOneLineWithoutStackTrace()
    {
        var chunk = new byte[300 * 1024];
        Array.Fill(chunk, (byte)'a');
        await RawHttp.SendAsync(Server, Head("ask", "Transfer-Encoding: chunked"), s => RawHttp.WriteChunkAsync(s, chunk));

        var line = Assert.Single(_app.Logs.Lines, l => l.Contains("rejected with 413", StringComparison.Ordinal));
        Assert.StartsWith("Information", line, StringComparison.Ordinal);
        Assert.DoesNotContain(_app.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.Contains("   at ", StringComparison.Ordinal));
    }

    private Uri Server => new(_app.Url);

    private static string Activity() => new JsonObject
    {
        ["type"] = "message",
        ["id"] = "1",
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new JsonObject { ["id"] = "u1" },
        ["recipient"] = new JsonObject { ["id"] = "b1" },
        ["conversation"] = new JsonObject { ["id"] = "c1" },
        ["text"] = "Ile organizacji?",
    }.ToJsonString();

    private string Head(string route, string framing)
    {
        var (path, auth) = route switch
        {
            "ask" => ("/api/ask", string.Empty),
            "messages" => ("/api/messages", string.Empty),
            _ => (_directLinePath, $"\nAuthorization: Bearer {_directLineToken}"),
        };
        return $"POST {path} HTTP/1.1\nContent-Type: application/json{auth}\n{framing}";
    }

    private void AssertProblem(RawHttp.Response response, int status)
    {
        Assert.Equal(status, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        var problem = JsonNode.Parse(response.Body)!;
        Assert.Equal(status, (int)problem["status"]!);
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(_app.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }
}

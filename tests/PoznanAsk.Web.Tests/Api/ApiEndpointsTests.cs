using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Api;

/// <summary>The REST API: results, validation problems and query errors that say what and where.</summary>
public sealed class ApiEndpointsTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Search_Terms_ReturnHitsWithHighlights()
    {
        var body = (await _app.Client.GetFromJsonAsync<JsonObject>("/api/search?q=Unii%20Metropolii&year=2023&kind=passage&top=5"))!;

        var hit = body["hits"]![0]!;
        Assert.Equal("2023-p2", (string?)hit["id"]);
        Assert.Equal(2023, (int)hit["year"]!);
        var snippet = hit["snippets"]![0]!;
        var highlight = snippet["highlights"]![0]!;
        Assert.Equal("Unii", ((string)snippet["text"]!).Substring((int)highlight["start"]!, (int)highlight["length"]!));
    }

    [Fact]
    public async Task Search_UnparsableQuery_Returns400SayingWhatAndWhere()
    {
        using var response = await _app.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("eurocities \"związek miast"));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Invalid query", (string?)problem["title"]);
        Assert.Equal("Cudzysłów nie został zamknięty (znak 12 zapytania).", (string?)problem["detail"]);
        Assert.Equal(11, (int)problem["position"]!);
    }

    public static TheoryData<string, string> BadParameters => new()
    {
        { "/api/search", "q" },
        { "/api/search?q=%20", "q" },
        { "/api/search?q=unia&year=dwa-tysiące", "year" },
        { "/api/search?q=unia&top=0", "top" },
        { "/api/search?q=unia&top=101", "top" },
        { "/api/search?q=unia&kind=pdf", "kind" },
        { "/api/facts?scope=lokalne", "scope" },
        { "/api/facts?year=23", "year" },
        { "/api/facts/diff?from=2022", "to" },
        { "/api/facts/diff?to=2023&from=x", "from" },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public async Task Get_BadParameters_Returns400ValidationProblem(string url, string parameter)
    {
        using var response = await _app.Client.GetAsync(url);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]![parameter]);
    }

    [Fact]
    public async Task Ask_Question_ReturnsTheAnswerModel()
    {
        using var response = await _app.Client.PostAsJsonAsync("/api/ask", new { question = "Do jakich organizacji krajowych należał Poznań w 2023 r.?", locale = "pl-PL" });
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((bool)answer["found"]!);
        Assert.Equal("list-memberships", (string?)answer["intent"]);
        Assert.Equal(2, answer["citations"]!.AsArray().Count);
        Assert.Equal("2023-p1", (string?)answer["citations"]![0]!["passageId"]);
        Assert.Equal("api", Assert.Single(_app.Handler.Requests).ChannelId);
    }

    [Theory]
    [InlineData("{\"question\": \"\"}", 400, "question")]
    [InlineData("{\"pytanie\": \"Ile?\"}", 400, "question")]
    [InlineData("{\"question\": ", 400, "not valid JSON")]
    [InlineData("{\"question\": 7}", 400, "member $.question")]
    public async Task Ask_BadBody_Returns400(string body, int status, string expected)
    {
        using var response = await _app.Client.PostAsync("/api/ask", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_app.Handler.Requests);
    }

    [Fact]
    public async Task Ask_NotJson_Returns415()
    {
        using var response = await _app.Client.PostAsync("/api/ask", new StringContent("Ile?", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Facts_ScopeAndYear_Filter()
    {
        var rows = (await _app.Client.GetFromJsonAsync<JsonArray>("/api/facts?year=2022&scope=international"))!;

        Assert.Equal(["Eurocities", "Związek Miast Bałtyckich"], rows.Select(r => (string?)r!["organisation"]).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal("International", (string?)r!["scope"]));
    }

    [Fact]
    public async Task Diff_TwoYears_ListsJoinedAndLeft()
    {
        var diff = (await _app.Client.GetFromJsonAsync<JsonObject>("/api/facts/diff?from=2022&to=2023"))!;

        Assert.Equal("Metropolia Poznań", (string?)Assert.Single(diff["joined"]!.AsArray())!["organisation"]);
        Assert.Equal("Związek Miast Bałtyckich", (string?)Assert.Single(diff["left"]!.AsArray())!["organisation"]);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheRestApi()
    {
        var document = (await _app.Client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/search", paths);
        Assert.Contains("/api/ask", paths);
        Assert.Contains("/api/facts/diff", paths);
    }

    [Fact]
    public async Task Api_OverTheRateLimit_Returns429WithRetryAfter()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Limits:PermitsPerSecond"] = "1", ["Limits:Burst"] = "2" });

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await app.Client.GetAsync("/api/years");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.NotNull(last!.Headers.RetryAfter);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        last.Dispose();
    }

    [Fact]
    public async Task UnknownRoute_Returns404ProblemWithoutStackTrace()
    {
        using var response = await _app.Client.GetAsync("/api/nie-ma-takiej");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Api_BugInTheEngine_Returns500ProblemWithoutStackTrace(string environment)
    {
        await using var app = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["Bot:AllowAnonymous"] = "true" },
            environment,
            services: s => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<PoznanAsk.Answering.Service.IReportService>(s, new BrokenReports()));

        using var response = await app.Client.GetAsync("/api/years");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("indeks uszkodzony", body, StringComparison.Ordinal);
        Assert.DoesNotContain("BrokenReports", body, StringComparison.Ordinal);
        Assert.Contains(app.Logs.Lines, l => l.Contains("indeks uszkodzony", StringComparison.Ordinal));
    }

    private sealed class BrokenReports : PoznanAsk.Answering.Service.IReportService
    {
        public IReadOnlyList<int> Years => throw new InvalidOperationException("indeks uszkodzony");

        public PoznanAsk.Answering.Service.SearchResponse Search(PoznanAsk.Answering.Service.SearchRequest request) => throw new NotSupportedException();

        public IReadOnlyList<PoznanAsk.Answering.Service.FactRow> Facts(PoznanAsk.Answering.Service.FactQuery query) => throw new NotSupportedException();

        public PoznanAsk.Answering.Service.FactsDiff Diff(int fromYear, int toYear) => throw new NotSupportedException();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Answering.Service;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Api;

/// <summary>The REST API over the real engine and the seed reports: errors the fakes cannot show.</summary>
public sealed class RealEngineApiTests(RealEngine real) : IClassFixture<RealEngine>, IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(services: s =>
    {
        s.AddSingleton<ITurnHandler>(real.Engine.TurnHandler);
        s.AddSingleton<IReportService>(real.Engine.Reports);
    });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/api/facts/diff?from=2016&to=2024", "from")]
    [InlineData("/api/facts/diff?from=2018&to=2031", "to")]
    public async Task Diff_YearWithoutReport_Returns400NamingTheYearsThatExist(string url, string parameter)
    {
        using var response = await _app.Client.GetAsync(url);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var message = (string)problem["errors"]![parameter]![0]!;
        Assert.Contains("the reports cover " + string.Join(", ", real.Engine.Reports.Years), message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Do jakich organizacji krajowych należał Poznań w 2017 r.?", "Raport o stanie miasta 2017 – Organizacje krajowe")]
    [InlineData("Do jakich organizacji międzynarodowych należał Poznań w 2017?", "Raport o stanie miasta 2017 – Organizacje międzynarodowe")]
    public async Task Ask_ListQuestion_CitesTheListOnceWithAReadableLabel(string question, string label)
    {
        using var response = await _app.Client.PostAsJsonAsync("/api/ask", new JsonObject { ["question"] = question });
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var citation = Assert.Single(answer["citations"]!.AsArray())!;
        Assert.Equal(label, (string?)citation["label"]);
        Assert.EndsWith(".txt", (string?)citation["source"], StringComparison.Ordinal); // the file stays for machines, out of the label
    }

    [Fact]
    public async Task Diff_TwoReportYears_Returns200()
    {
        var years = real.Engine.Reports.Years;

        using var response = await _app.Client.GetAsync($"/api/facts/diff?from={years[0]}&to={years[^1]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("(", "Brak nawiasu zamykającego (znak 1 zapytania).")]
    [InlineData("Unia AND", "Po operatorze AND brakuje słowa (znak 6 zapytania).")]
    [InlineData("foo:bar", "Nie ma pola „foo”, po którym można szukać (znak 4 zapytania).")]
    [InlineData("unia /[/", "Niepoprawne wyrażenie regularne między ukośnikami /…/ (ukośnik w zwykłym słowie poprzedź znakiem \\) (znak 6 zapytania).")]
    [InlineData("~", "Znak „~” musi stać zaraz po słowie lub frazie (np. Poznan~ albo \"Miast Polskich\"~2) (znak 1 zapytania).")]
    [InlineData("^", "Znak „^” musi stać zaraz po słowie lub frazie i przed liczbą (np. Eurocities^2) (znak 1 zapytania).")]
    public async Task Search_QueryThatDoesNotParse_IsA400InPolish(string query, string detail)
    {
        using var response = await _app.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(detail, (string?)problem["detail"]);
    }
}

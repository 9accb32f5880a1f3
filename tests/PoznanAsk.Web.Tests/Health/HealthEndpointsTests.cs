using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PoznanAsk.Web.Health;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Health;

/// <summary>Liveness answers at once; readiness waits for the index.</summary>
public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Ready_BeforeAndAfterTheIndexLoads_Returns503Then200()
    {
        await using var app = await TestApp.StartAsync();

        using var live = await app.Client.GetAsync("/health/live");
        using var notReady = await app.Client.GetAsync("/health/ready");
        app.Service<IndexReadiness>().MarkReady("indeks: 2 raporty, 812 fragmentów");
        using var ready = await app.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = (await ready.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("indeks: 2 raporty, 812 fragmentów", (string?)body["checks"]![0]!["description"]);
    }

    [Fact]
    public async Task Ready_CustomSignal_IsUsed()
    {
        await using var app = await TestApp.StartAsync(services: s => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<IIndexReadiness>(s, new Loaded()));

        using var ready = await app.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    private sealed class Loaded : IIndexReadiness
    {
        public bool IsReady => true;

        public string Status => "loaded by the CLI";
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace PoznanAsk.Web.Tests;

/// <summary>The composition API the CLI calls.</summary>
public sealed class PoznanAskWebTests
{
    [Fact]
    public void MapPoznanAsk_WithoutTurnHandler_FailsClearly()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Bot:AllowAnonymous"] = "true";
        builder.WebHost.UseTestServer();
        builder.AddPoznanAskWeb();
        using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapPoznanAsk());

        Assert.Contains("ITurnHandler", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithServices_ServesThePageFromTheBinWebRoot()
    {
        await using var app = PoznanAskWeb.Build(["--urls", "http://127.0.0.1:0", "--environment", "Development"], s => TestHost.Fakes.FakeAnswering.AddFakeAnswering(s));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var page = await http.GetStringAsync("/");

        Assert.Contains("<script src=\"/webchat/webchat.js\"></script>", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"data:,\">", page, StringComparison.Ordinal);
        Assert.Contains("lang=\"pl\"", page, StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:", app.Urls.First(), StringComparison.Ordinal);
        await app.StopAsync();
    }
}

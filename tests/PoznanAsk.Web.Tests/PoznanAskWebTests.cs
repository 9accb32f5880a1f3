using System.Net;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests;

/// <summary>The composition root (<see cref="Program"/>) as WebApplicationFactory runs it.</summary>
public sealed class PoznanAskWebTests
{
    [Fact]
    public async Task Program_OnKestrel_ServesThePageFromTheBinWebRootOnLoopback()
    {
        await using var app = await TestApp.StartAsync(kestrel: true);

        var page = await app.Client.GetStringAsync("/");

        Assert.Contains("<script src=\"/webchat/webchat.js\"></script>", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"data:,\">", page, StringComparison.Ordinal);
        Assert.Contains("lang=\"pl\"", page, StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:", app.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Program_WithoutAnIndex_FailsToStartAndSaysWhy()
    {
        var empty = Directory.CreateTempSubdirectory("poznanask-no-resources-");
        try
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
            {
                await using var app = await TestApp.StartAsync(
                    new Dictionary<string, string?> { ["PoznanAsk:ReportsPath"] = empty.FullName, ["PoznanAsk:ResourcesPath"] = Path.Combine(empty.FullName, "none") },
                    services: _ => { },
                    keepEngine: true);
            });

            Assert.Contains("Resources folder not found", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Program_Health_LiveAtOnce()
    {
        await using var app = await TestApp.StartAsync();

        using var live = await app.Client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}

using System.Net;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Bot;

/// <summary>bot-protocol §4.4 and §8 item 14: no app id is acceptable only in Development (or when allowed explicitly).</summary>
public sealed class AnonymousModeTests
{
    [Fact]
    public async Task Anonymous_Development_AcceptsWithoutHeaderAndRepliesWithoutAuthorization()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var app = await TestApp.StartAsync(environment: "Development");

        using var response = await app.Client.SendAsync(Activities.Post(Activities.TeamsMessage(channel.ServiceUrl)));
        var reply = await channel.NextMessageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, reply.Authorization);
        Assert.Empty(channel.TokenCalls);
    }

    [Fact]
    public async Task Anonymous_Production_Returns401ButServesWebChatAndApi()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var app = await TestApp.StartAsync(environment: "Production");

        using var bot = await app.Client.SendAsync(Activities.Post(Activities.TeamsMessage(channel.ServiceUrl)));
        using var token = await app.Client.PostAsync("/api/webchat/token", null);
        using var ask = await app.Client.PostAsync("/api/ask", new StringContent("{\"question\":\"Ile organizacji?\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, bot.StatusCode);
        Assert.Contains("no Bot:MicrosoftAppId", await bot.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Single(app.Handler.Requests);
    }

    [Fact]
    public async Task Anonymous_ProductionWithExplicitAllow_Starts()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Bot:AllowAnonymous"] = "true" }, environment: "Production");

        using var response = await app.Client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_NonLoopbackServiceUrl_IsNotSentTheReply()
    {
        await using var app = await TestApp.StartAsync(environment: "Development");

        using var response = await app.Client.SendAsync(Activities.Post(Activities.TeamsMessage("https://smba.trafficmanager.net/emea/")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(app.Handler.Requests);
    }
}

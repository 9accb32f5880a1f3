using Microsoft.Extensions.Options;
using PoznanAsk.Web.Options;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Options;

/// <summary>Azure Bot Service's flat setting names (MicrosoftAppId…) work as well as the Bot section.</summary>
public sealed class BotOptionsBindingTests
{
    [Fact]
    public async Task Bind_AzureFlatNames_FillTheBotSection()
    {
        await using var app = await TestApp.StartAsync(
            new Dictionary<string, string?>
            {
                ["Bot:MicrosoftAppId"] = string.Empty,
                ["Bot:MicrosoftAppType"] = "SingleTenant",
                ["MicrosoftAppId"] = "6a1e4a9c-52b7-4a4e-8e63-0c3b8b1f6d21",
                ["MicrosoftAppPassword"] = "sekret",
                ["MicrosoftAppTenantId"] = "11111111-2222-3333-4444-555555555555",
                ["MicrosoftAppType"] = "MultiTenant",
            },
            environment: "Production");

        var options = app.Service<IOptions<BotOptions>>().Value;

        Assert.Equal(("6a1e4a9c-52b7-4a4e-8e63-0c3b8b1f6d21", BotAppType.MultiTenant), (options.MicrosoftAppId, options.MicrosoftAppType));
        Assert.True(options.RequiresAuthentication);
    }

    [Fact]
    public async Task Start_InvalidLimit_FailsNamingTheKey()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            TestApp.StartAsync(new Dictionary<string, string?> { ["Limits:MaxDirectLineConversations"] = "0" }));

        Assert.Contains("MaxDirectLineConversations", error.Message, StringComparison.Ordinal);
    }
}

using PoznanAsk.Web.Options;

namespace PoznanAsk.Web.Tests.Options;

/// <summary>Start-up validation of the bot credentials and endpoints.</summary>
public sealed class BotOptionsValidatorTests
{
    private const string AppId = "6a1e4a9c-52b7-4a4e-8e63-0c3b8b1f6d21";

    public static TheoryData<string, Action<BotOptions>, string?> Cases => new()
    {
        { "Production", o => { o.MicrosoftAppId = AppId; o.MicrosoftAppPassword = "x"; o.MicrosoftAppTenantId = "t"; }, null },
        { "Development", _ => { }, null },
        { "Production", _ => { }, null },
        { "Production", o => { o.MicrosoftAppId = "not-a-guid"; o.MicrosoftAppPassword = "x"; o.MicrosoftAppTenantId = "t"; }, "must be a GUID" },
        { "Production", o => { o.MicrosoftAppId = AppId; o.MicrosoftAppTenantId = "t"; }, "MicrosoftAppPassword is required" },
        { "Production", o => { o.MicrosoftAppId = AppId; o.MicrosoftAppPassword = "x"; }, "MicrosoftAppTenantId is required" },
        { "Production", o => { o.MicrosoftAppId = AppId; o.MicrosoftAppPassword = "x"; o.MicrosoftAppType = BotAppType.MultiTenant; }, null },
        { "Production", o => { o.MicrosoftAppId = AppId; o.MicrosoftAppType = BotAppType.UserAssignedMSI; }, null },
        { "Development", o => o.OpenIdMetadataUrl = "http://login.example.org/openid", "must use https unless it points at loopback" },
        { "Development", o => o.OpenIdMetadataUrl = "http://127.0.0.1:5000/openid", null },
        { "Development", o => o.TokenEndpoint = "token", "must be an absolute http(s) URL" },
        { "Development", o => { o.RetryBaseDelayMs = 5000; o.RetryMaxDelayMs = 100; }, "RetryMaxDelayMs" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_Options_ReportsWhatIsWrong(string environment, Action<BotOptions> configure, string? error)
    {
        var options = new BotOptions();
        configure(options);

        _ = environment;
        var result = new BotOptionsValidator().Validate(null, options);

        if (error is null)
        {
            Assert.True(result.Succeeded, result.FailureMessage);
        }
        else
        {
            Assert.Contains(error, result.FailureMessage, StringComparison.Ordinal);
        }
    }
}

namespace PoznanAsk.Web.Options;

/// <summary>The kind of Entra app registration behind the bot; decides who issues outgoing tokens.</summary>
public enum BotAppType
{
    /// <summary>Single-tenant app: tokens from the bot's own tenant (<see cref="BotOptions.MicrosoftAppTenantId"/>).</summary>
    SingleTenant,

    /// <summary>Multi-tenant app: tokens from the <c>botframework.com</c> tenant.</summary>
    MultiTenant,

    /// <summary>User-assigned managed identity: tokens from the platform's identity endpoint.</summary>
    UserAssignedMSI,
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Web.Api;
using PoznanAsk.Web.Bot;
using PoznanAsk.Web.DirectLine;
using PoznanAsk.Web.Health;
using PoznanAsk.Web.Hosting;
using PoznanAsk.Web.Options;

namespace PoznanAsk.Web;

/// <summary>
/// The web host's building blocks, composed by <see cref="Program"/>: Bot Framework endpoint (<c>/api/messages</c>),
/// self-hosted Direct Line and the Web Chat page, the REST API, health checks and OpenAPI.
/// </summary>
public static class PoznanAskWeb
{
    /// <summary>Where the host listens when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says otherwise (loopback only).</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Registers the web host's options (validated at start), services and limits.</summary>
    /// <param name="builder">The application builder.</param>
    /// <returns>The same builder.</returns>
    public static WebApplicationBuilder AddPoznanAskWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        if (configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null)
        {
            // One Information line per request would dominate the CPU under load.
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        }

        builder.Services.AddPoznanAskOptions();
        builder.Services.AddPoznanAskWebServices();
        return builder;
    }

    /// <summary>Adds the middleware and maps every endpoint. Fails when no <see cref="ITurnHandler"/> is registered.</summary>
    /// <param name="app">The built application.</param>
    /// <returns>The same application.</returns>
    public static WebApplication MapPoznanAsk(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<IServiceProviderIsService>().IsService(typeof(ITurnHandler)))
        {
            throw new InvalidOperationException("PoznanAsk.Web needs an ITurnHandler: register the answering services before building the host.");
        }

        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestLimits>();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
        app.UseRouting();
        app.UseRateLimiter();
        UsePage(app);

        app.MapHealth();
        MessagesEndpoint.Map(app);
        app.MapDirectLine();
        app.MapRestApi();
        app.MapOpenApi();
        LogStartup(app);
        return app;
    }

    private static void UsePage(WebApplication app)
    {
        var root = app.Services.GetRequiredService<IOptions<WebOptions>>().Value.WebRootPath;
        if (!Directory.Exists(root))
        {
            app.Logger.LogWarning("No web root at {WebRoot}: the web chat page is not served", root);
            return;
        }

        if (!File.Exists(Path.Combine(root, "webchat", "webchat.js")))
        {
            app.Logger.LogWarning("The Web Chat bundle is missing ({WebRoot}/webchat/webchat.js): run scripts/setup", root);
        }

        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
    }

    private static void LogStartup(WebApplication app)
    {
        var bot = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        var anonymous = app.Services.GetRequiredService<BotAuthenticator>().Anonymous;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            if (bot.RequiresAuthentication)
            {
                app.Logger.LogInformation("Bot Framework endpoint /api/messages: app {AppId} ({AppType})", bot.MicrosoftAppId, bot.MicrosoftAppType);
            }
            else if (anonymous)
            {
                app.Logger.LogWarning("Bot Framework endpoint /api/messages is anonymous (no Bot:MicrosoftAppId): accepts unauthenticated activities, replies only to loopback");
            }
            else
            {
                app.Logger.LogInformation("Bot Framework endpoint /api/messages is closed (401): no Bot:MicrosoftAppId configured");
            }

            foreach (var url in app.Urls)
            {
                app.Logger.LogInformation("PoznanAsk web chat: {Url}/", url.TrimEnd('/'));
            }
        });
    }
}

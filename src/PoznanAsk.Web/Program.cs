using Microsoft.Extensions.Options;
using PoznanAsk.Web.Hosting;

namespace PoznanAsk.Web;

/// <summary>
/// The web host's one composition root: the answering engine over the configured folders, the conversation-state
/// store in the data folder, <c>/api/messages</c>, Direct Line and the Web Chat page, the REST API, health and
/// OpenAPI. <c>poznanask serve</c> runs this host; tests run it through <c>WebApplicationFactory&lt;Program&gt;</c>,
/// replacing only what they fake.
/// </summary>
public partial class Program
{
    /// <summary>Runs the host until it is stopped (Ctrl+C, SIGTERM).</summary>
    /// <param name="args">Command-line configuration, e.g. <c>--urls http://127.0.0.1:5080 --PoznanAsk:DataPath=/var/lib/poznanask</c>.</param>
    /// <returns>0 after a clean shutdown, 1 when the host could not start.</returns>
    public static async Task<int> Main(string[] args)
    {
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync("poznanask: " + ex.Message);
            return 1;
        }

        await using (app)
        {
            await app.RunAsync();
        }

        return 0;
    }

    /// <summary>Composes the host (not started).</summary>
    /// <param name="args">Command-line configuration.</param>
    /// <returns>The application.</returns>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(WithDefaultUrl(args));
        builder.AddPoznanAskWeb();
        builder.Services.AddPoznanAskEngine();
        var app = builder.Build();
        app.MapPoznanAsk();
        return app;
    }

    // Loopback on the default port unless --urls, ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS says otherwise.
    private static string[] WithDefaultUrl(string[] args)
    {
        var named = args.Any(a => a.StartsWith("--urls", StringComparison.OrdinalIgnoreCase) || a.StartsWith("--http_ports", StringComparison.OrdinalIgnoreCase));
        var environment = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_URLS"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS"));
        return named || environment ? args : [.. args, "--urls", PoznanAskWeb.DefaultUrl];
    }
}

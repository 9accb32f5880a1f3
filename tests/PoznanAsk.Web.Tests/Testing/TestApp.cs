using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PoznanAsk.Web.TestHost.Fakes;

namespace PoznanAsk.Web.Tests.Testing;

/// <summary>
/// The real host, composed as the CLI composes it (AddPoznanAskWeb, answering services, MapPoznanAsk), with
/// the fakes, on an in-memory TestServer (WebApplicationFactory-style) or on Kestrel at 127.0.0.1:0.
/// </summary>
internal sealed class TestApp : IAsyncDisposable
{
    private TestApp(WebApplication app, bool kestrel)
    {
        App = app;
        Client = kestrel ? new HttpClient { BaseAddress = new Uri(app.Urls.First()) } : app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public FakeTurnHandler Handler => App.Services.GetRequiredService<FakeTurnHandler>();

    public LogSink Logs => App.Services.GetRequiredService<LogSink>();

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public static async Task<TestApp> StartAsync(
        IDictionary<string, string?>? settings = null,
        string environment = "Development",
        bool kestrel = false,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Limits:PermitsPerSecond"] = "0" });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddPoznanAskWeb();
        if (kestrel)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        var sink = new LogSink();
        builder.Logging.ClearProviders().AddProvider(sink).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton(sink);
        builder.Services.AddFakeAnswering();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapPoznanAsk();
        await app.StartAsync();
        return new TestApp(app, kestrel);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

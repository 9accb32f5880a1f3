using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Answering.Service;
using PoznanAsk.Web.TestHost.Fakes;

namespace PoznanAsk.Web.Tests.Testing;

/// <summary>
/// The real host — <see cref="Program"/>, the one composition root — through
/// <see cref="WebApplicationFactory{TEntryPoint}"/>, with the fakes in place of the answering engine (unless a
/// test registers its own), a private data folder, on the in-memory TestServer or on Kestrel at 127.0.0.1
/// (a port the system picks, or the port given, to come back on the same one after a restart). With
/// <c>keepEngine</c> the real engine over the configured folders answers.
/// </summary>
internal sealed class TestApp : IAsyncDisposable
{
    private readonly Factory _factory;
    private readonly bool _ownsData;

    private TestApp(Factory factory, bool ownsData)
    {
        _factory = factory;
        _ownsData = ownsData;
    }

    public IServiceProvider Services => _factory.Services;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Where the host listens (Kestrel) or the TestServer's base address.</summary>
    public string Url { get; private set; } = null!;

    /// <summary>The data folder (conversation state, signing key).</summary>
    public string DataPath => _factory.DataPath;

    public FakeTurnHandler Handler => Service<FakeTurnHandler>();

    public LogSink Logs => Service<LogSink>();

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<TestApp> StartAsync(
        IDictionary<string, string?>? settings = null,
        string environment = "Development",
        bool kestrel = false,
        Action<IServiceCollection>? services = null,
        string? dataPath = null,
        int port = 0,
        bool keepEngine = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(settings, environment, kestrel, services, dataPath, port, keepEngine);
            }
            catch (ObjectDisposedException) when (attempt < 3)
            {
                // When a host's start fails (options invalid), WebApplicationFactory's DeferredHost may read the
                // services of that host after the failed start has disposed them, and throw this instead of the
                // start's own exception — a race that shows under load. Starting again surfaces the real one.
            }
        }
    }

    private static async Task<TestApp> StartOnceAsync(
        IDictionary<string, string?>? settings, string environment, bool kestrel, Action<IServiceCollection>? services, string? dataPath, int port, bool keepEngine)
    {
        var data = dataPath ?? Path.Combine(Path.GetTempPath(), "poznanask-web-test-" + Guid.NewGuid().ToString("N"));
        var factory = new Factory(data, environment, settings, services, kestrel ? $"http://127.0.0.1:{port}" : null, keepEngine);
        var app = new TestApp(factory, dataPath is null);
        try
        {
            Open(app, factory, kestrel);
        }
        catch
        {
            // A host that failed to start is left as the factory leaves it; only the data folder goes.
            try
            {
                if (dataPath is null && Directory.Exists(data))
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    Directory.Delete(data, recursive: true);
                }
            }
            catch (IOException)
            {
                // Best effort: the start's own exception is what the caller needs.
            }

            throw;
        }

        return app;
    }

    private static void Open(TestApp app, Factory factory, bool kestrel)
    {
        if (kestrel)
        {
            factory.UseKestrel();
            factory.StartServer();
            var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            app.Url = addresses.First().TrimEnd('/');
            app.Client = new HttpClient { BaseAddress = new Uri(app.Url) };
        }
        else
        {
            app.Client = factory.CreateClient();
            app.Url = app.Client.BaseAddress!.ToString().TrimEnd('/');
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        if (_ownsData && Directory.Exists(DataPath))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataPath, recursive: true);
        }
    }

    private sealed class Factory(string data, string environment, IDictionary<string, string?>? settings, Action<IServiceCollection>? services, string? url, bool keepEngine)
        : WebApplicationFactory<Program>
    {
        public string DataPath => data;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("PoznanAsk:DataPath", data);
            builder.UseSetting("Limits:PermitsPerSecond", "0");
            if (url is not null)
            {
                builder.UseSetting("urls", url);
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }

            var sink = new LogSink();
            builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(sink).SetMinimumLevel(LogLevel.Debug));
            builder.ConfigureTestServices(s =>
            {
                s.AddSingleton(sink);
                var before = s.Count;
                services?.Invoke(s);
                var added = s.Skip(before).Select(d => d.ServiceType).ToHashSet();
                s.AddFakeAnswering(turns: !keepEngine && !added.Contains(typeof(ITurnHandler)), reports: !keepEngine && !added.Contains(typeof(IReportService)));
            });
        }
    }
}

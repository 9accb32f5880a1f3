using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PoznanAsk.Web.Health;
using PoznanAsk.Web.TestHost.Fakes;

// Runs the real web host (PoznanAsk.Web's Program, the one composition root) with fake answering services, for
// black-box clients (Node directlinejs test, wrk benchmark). Binds 127.0.0.1 on a free port unless --urls says
// otherwise, keeps its conversation state in a temporary data folder unless --data says otherwise, prints one
// line "POZNANASK_URL=<url>" when ready, and runs until stdin closes or the process is signalled.
string Value(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

var url = Value("--urls", "http://127.0.0.1:0");
var ownData = Array.IndexOf(args, "--data") < 0;
var data = Value("--data", Path.Combine(Path.GetTempPath(), "poznanask-testhost-" + Guid.NewGuid().ToString("N")));
var passThrough = args.Where((a, i) => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=') ).ToArray();
var factory = new FakeHost(url, data, passThrough);
factory.UseKestrel();
factory.StartServer();
factory.Services.GetRequiredService<IndexReadiness>().MarkReady("fake index: 2 reports");
Console.WriteLine("POZNANASK_URL=" + factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
Console.Out.Flush();

var stdinClosed = Task.Run(() =>
{
    while (Console.In.ReadLine() is not null)
    {
    }
});
var stopping = new TaskCompletionSource();
factory.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());
await Task.WhenAny(stdinClosed, stopping.Task);
await factory.DisposeAsync();
if (ownData && Directory.Exists(data))
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(data, recursive: true);
}

/// <summary>The web host with the fakes, listening on <c>url</c>; extra <c>--Key=Value</c> arguments become settings.</summary>
internal sealed class FakeHost(string url, string data, string[] settings) : WebApplicationFactory<PoznanAsk.Web.Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseContentRoot(RepositoryRoot());
        builder.UseSetting("urls", url);
        builder.UseSetting("PoznanAsk:DataPath", data);
        foreach (var setting in settings)
        {
            var eq = setting.IndexOf('=', StringComparison.Ordinal);
            builder.UseSetting(setting[2..eq], setting[(eq + 1)..]);
        }

        builder.ConfigureTestServices(s => s.AddFakeAnswering());
    }

    // The content root is the repository (appsettings.json), found above the binaries.
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PoznanAsk.sln")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}

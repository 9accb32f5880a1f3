using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PoznanAsk.Web;
using PoznanAsk.Web.Health;
using PoznanAsk.Web.TestHost.Fakes;

// Runs the real web host with fake answering services, for black-box clients (Node directlinejs test,
// wrk benchmark). Binds 127.0.0.1 on a free port unless --urls says otherwise, prints one line
// "POZNANASK_URL=<url>" when ready, and runs until stdin closes or the process is signalled.
var withDefaults = args.Any(a => a.StartsWith("--urls", StringComparison.Ordinal)) ? args : [.. args, "--urls", "http://127.0.0.1:0"];
var app = PoznanAskWeb.Build(withDefaults, services => services.AddFakeAnswering());
app.Services.GetRequiredService<IndexReadiness>().MarkReady("fake index: 2 reports");
await app.StartAsync();
Console.WriteLine("POZNANASK_URL=" + app.Urls.First());
Console.Out.Flush();

var stdinClosed = Task.Run(() =>
{
    while (Console.In.ReadLine() is not null)
    {
    }
});
await Task.WhenAny(stdinClosed, app.WaitForShutdownAsync());
await app.StopAsync();

using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Answering.Service;
using PoznanAsk.Cli.Hosting;
using PoznanAsk.Web;
using PoznanAsk.Web.Health;

namespace PoznanAsk.Cli.Commands;

/// <summary>
/// <c>poznanask serve</c>: opens the index once (bringing it up to date with the reports folder), then
/// serves the web chat page, the Bot Framework endpoint, Direct Line and the REST API on one host.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default {PoznanAskWeb.DefaultUrl}; loopback unless you say otherwise)", HelpName = "URL" };
        var command = new Command("serve", "Serve web chat, /api/messages (Teams, Azure Bot Service), Direct Line and the REST API") { urls };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async context =>
        {
            var engine = context.Engine;
            var readiness = new IndexReadiness();
            readiness.MarkReady($"index loaded: {engine.Knowledge.Reports.Count} reports, {engine.Knowledge.Passages.Count} passages, {engine.Knowledge.Memberships.Count} membership facts");

            var args = new List<string> { "--contentRoot", context.Paths.ContentRoot };
            if (parse.GetValue(urls) is { Length: > 0 } url)
            {
                args.AddRange(["--urls", url]);
            }

            await using var app = PoznanAskWeb.Build([.. args], services =>
            {
                services.AddSingleton<ITurnHandler>(engine.TurnHandler);
                services.AddSingleton<IReportService>(engine.Reports);
                services.AddSingleton<IIndexReadiness>(readiness);
            });
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            foreach (var address in app.Urls)
            {
                Console.WriteLine($"PoznanAsk: czat w przeglądarce pod {address.TrimEnd('/')}/  (Ctrl+C kończy)");
            }

            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}

using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using PoznanAsk.Cli.Hosting;
using PoznanAsk.Web;

namespace PoznanAsk.Cli.Commands;

/// <summary>
/// <c>poznanask serve</c>: runs the web host (<see cref="PoznanAsk.Web.Program"/>, the one composition root) over the CLI's
/// folders: it opens the index once (bringing it up to date with the reports folder), then serves the web chat
/// page, the Bot Framework endpoint, Direct Line and the REST API, with conversation state in the data folder.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Where the host listens when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says otherwise (loopback only).</summary>
    public const string DefaultUrl = PoznanAskWeb.DefaultUrl;

    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default {DefaultUrl}; loopback unless you say otherwise)", HelpName = "URL" };
        var data = new Option<string?>("--data") { Description = "Folder for conversation state and the Direct Line signing key (default: data/)", HelpName = "DIR" };
        var command = new Command("serve", "Serve web chat, /api/messages (Teams, Azure Bot Service), Direct Line and the REST API") { urls, data };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async context =>
        {
            var args = new List<string>
            {
                "--contentRoot", context.Paths.ContentRoot,
                "--PoznanAsk:ReportsPath=" + context.Paths.ReportsPath,
                "--PoznanAsk:IndexPath=" + context.Paths.IndexPath,
                "--PoznanAsk:ResourcesPath=" + context.Paths.ResourcesPath,
            };
            if (parse.GetValue(urls) is { Length: > 0 } url)
            {
                args.AddRange(["--urls", url]);
            }

            if (parse.GetValue(data) is { Length: > 0 } folder)
            {
                args.Add("--PoznanAsk:DataPath=" + Path.GetFullPath(folder));
            }

            await using var app = PoznanAsk.Web.Program.Build([.. args]);
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

using System.CommandLine;
using System.Diagnostics;
using PoznanAsk.Cli.Hosting;
using PoznanAsk.Cli.Output;

namespace PoznanAsk.Cli.Commands;

/// <summary>
/// <c>poznanask index</c>: builds or updates the index from the reports folder — new and changed files
/// only, one atomic commit — with progress on stderr (a bar on a terminal, a line per file otherwise),
/// and ends with the summary (<see cref="IndexSummary"/>) or, with <c>--json</c>, the same as JSON.
/// </summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var json = GlobalOptions.Json();
        var command = new Command("index", "Build or update the index from the reports folder (txt, md, html, pdf; new or changed files only)") { json };
        command.SetAction(parse => CommandRunner.Run(parse, context =>
        {
            var watch = Stopwatch.StartNew();
            var report = IndexProgress.Run(progress =>
            {
                context.IngestProgress = progress;
                return context.UpdatedEngine.LastIngest ?? throw new InvalidOperationException("the engine did not ingest the reports folder");
            });
            watch.Stop();
            if (parse.GetValue(json))
            {
                var warningsByCode = report.Warnings.GroupBy(w => w.Code).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
                Json.Write(context.Output, new
                {
                    reports = context.Paths.ReportsPath,
                    index = context.Paths.IndexPath,
                    report,
                    warningsByCode,
                    elapsedSeconds = Math.Round(watch.Elapsed.TotalSeconds, 2),
                });
                return CommandRunner.Ok;
            }

            IndexSummary.Write(context.Output, context.Paths, report, watch.Elapsed);
            return CommandRunner.Ok;
        }));
        return command;
    }
}

using System.CommandLine;
using PoznanAsk.Cli.Hosting;
using PoznanAsk.Cli.Output;
using PoznanAsk.Knowledge.Ingest;

namespace PoznanAsk.Cli.Commands;

/// <summary>
/// <c>poznanask index</c>: builds or updates the index from the reports folder — new and changed files
/// only, one atomic commit — and reports what it did and every ingest warning.
/// </summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var json = GlobalOptions.Json();
        var command = new Command("index", "Build or update the index from the reports folder (new or changed files only)") { json };
        command.SetAction(parse => CommandRunner.Run(parse, context =>
        {
            var started = DateTime.UtcNow;
            var report = context.UpdatedEngine.LastIngest ?? throw new InvalidOperationException("the engine did not ingest the reports folder");
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, new { reports = context.Paths.ReportsPath, index = context.Paths.IndexPath, report });
                return CommandRunner.Ok;
            }

            Write(context.Output, context.Paths, report, DateTime.UtcNow - started);
            return CommandRunner.Ok;
        }));
        return command;
    }

    private static void Write(TextWriter output, CliPaths paths, IngestReport report, TimeSpan elapsed)
    {
        output.WriteLine($"Indeks: {paths.IndexPath}");
        output.WriteLine($"Raporty: {paths.ReportsPath}");
        output.WriteLine(report.NothingChanged
            ? $"Bez zmian ({report.Unchanged.Count} plików aktualnych)."
            : $"Dodane: {report.Added.Count}, zmienione: {report.Updated.Count}, usunięte: {report.Removed.Count}, bez zmian: {report.Unchanged.Count}.");
        foreach (var file in report.Added)
        {
            output.WriteLine($"  + {file}");
        }

        foreach (var file in report.Updated)
        {
            output.WriteLine($"  ~ {file}");
        }

        foreach (var file in report.Removed)
        {
            output.WriteLine($"  - {file}");
        }

        output.WriteLine($"Fragmenty: {report.Passages}, członkostwa: {report.Facts}, zdarzenia: {report.Events}, działania: {report.Activities}, organizacje: {report.Organisations}.");
        if (report.Warnings.Count > 0)
        {
            output.WriteLine($"Ostrzeżenia ({report.Warnings.Count}):");
            foreach (var warning in report.Warnings)
            {
                output.WriteLine($"  [{warning.Code}] {warning.Source}: {warning.Message}");
            }
        }

        output.WriteLine($"Gotowe w {elapsed.TotalSeconds:0.0} s.");
    }
}

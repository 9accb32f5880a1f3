using PoznanAsk.Cli.Hosting;
using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Cli.Output;

/// <summary>
/// The summary <c>poznanask index</c> ends with: files (added, changed, removed, unchanged), pages,
/// passages, membership facts by year and scope, then warnings grouped (count mismatches, lists that are
/// only images, the rest) and the files skipped with the reason. <c>--json</c> carries the same data.
/// </summary>
internal static class IndexSummary
{
    private static readonly string[] Grouped = ["count-mismatch", "list-images"];

    public static void Write(TextWriter output, CliPaths paths, IngestReport report, TimeSpan elapsed)
    {
        output.WriteLine($"Indeks: {paths.IndexPath}");
        output.WriteLine($"Raporty: {paths.ReportsPath}");
        var files = report.Added.Count + report.Updated.Count + report.Unchanged.Count;
        output.WriteLine(report.NothingChanged
            ? $"Bez zmian ({report.Unchanged.Count} plików aktualnych) – nic nie przeczytano ponownie."
            : $"Pliki: {files} (dodane: {report.Added.Count}, zmienione: {report.Updated.Count}, usunięte: {report.Removed.Count}, bez zmian: {report.Unchanged.Count}).");
        foreach (var (mark, list) in new[] { ("+", report.Added), ("~", report.Updated), ("-", report.Removed) })
        {
            foreach (var file in list)
            {
                output.WriteLine($"  {mark} {file}");
            }
        }

        output.WriteLine($"Strony (PDF): {report.Pages}, fragmenty: {report.Passages}, członkostwa: {report.Facts}, zdarzenia: {report.Events}, działania: {report.Activities}, organizacje: {report.Organisations}.");
        if (report.FactsByYear is { Count: > 0 } byYear)
        {
            output.WriteLine("Członkostwa według roku i zasięgu:");
            foreach (var year in byYear.GroupBy(f => f.Year))
            {
                output.WriteLine($"  {year.Key}: " + string.Join(", ", year.Select(f => $"{Scope(f.Scope)} {f.Facts}")));
            }
        }

        WriteWarnings(output, report.Warnings);
        if (report.Skipped is { Count: > 0 } skipped)
        {
            output.WriteLine($"Pominięte pliki ({skipped.Count}):");
            foreach (var file in skipped)
            {
                output.WriteLine($"  {file.Source}: {file.Reason}");
            }
        }

        output.WriteLine($"Gotowe w {elapsed.TotalSeconds:0.0} s.");
    }

    private static void WriteWarnings(TextWriter output, IReadOnlyList<IngestWarning> warnings)
    {
        if (warnings.Count == 0)
        {
            return;
        }

        output.WriteLine($"Ostrzeżenia ({warnings.Count}):");
        foreach (var (code, title) in new[] { ("count-mismatch", "Liczba na liście różni się od podanej"), ("list-images", "Listy z samych obrazów (logotypów)") })
        {
            var group = warnings.Where(w => w.Code == code).ToArray();
            if (group.Length > 0)
            {
                output.WriteLine($"  {title} ({group.Length}):");
                foreach (var warning in group)
                {
                    output.WriteLine($"    {warning.Source}: {warning.Message}");
                }
            }
        }

        foreach (var warning in warnings.Where(w => !Grouped.Contains(w.Code)))
        {
            output.WriteLine($"  [{warning.Code}] {warning.Source}: {warning.Message}");
        }
    }

    private static string Scope(MembershipScope scope) => scope switch
    {
        MembershipScope.International => "międzynarodowe",
        MembershipScope.National => "krajowe",
        _ => "bez zasięgu",
    };
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PoznanAsk.Analysis;
using PoznanAsk.Answering.Service;
using PoznanAsk.Knowledge.Tests.Support;

namespace PoznanAsk.Bench;

/// <summary>
/// <c>pdf</c>: a whole year's report as one generated PDF (default 600 pages: chapters, lists, tables,
/// two-column pages, running headers, page numbers; the membership lists on page 214) indexed by the
/// real command, <c>poznanask index --json</c>, in a child process: wall time and peak RSS (VmHWM,
/// polled) of that process, then the same command again on the unchanged folder (must do no work),
/// then a question whose answer must cite page 214. Beside it, in the same invocation, the peer:
/// Poppler's <c>pdftotext</c> (Debian poppler-utils) extracting the same file's text, nothing more.
/// </summary>
internal sealed class PdfBenchmark : IBenchmark
{
    public string Name => "pdf";

    public string Description => "[--pages 600] [--membership-page 214] [--resources DIR] [--keep DIR]";

    public int Run(string[] args)
    {
        var pages = int.Parse(Option(args, "--pages") ?? "600", CultureInfo.InvariantCulture);
        var membershipPage = int.Parse(Option(args, "--membership-page") ?? Math.Min(214, pages / 2).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var resources = Path.GetFullPath(Option(args, "--resources") ?? Environment.GetEnvironmentVariable("POZNANASK_RESOURCES") ?? AnalysisOptions.DefaultResourcesPath);
        var work = Option(args, "--keep") ?? Path.Combine(Path.GetTempPath(), "poznanask-bench-pdf-" + Environment.ProcessId);
        var reports = Path.Combine(work, "reports");
        var index = Path.Combine(work, "index");
        const int year = 2023;
        try
        {
            Directory.CreateDirectory(reports);
            if (Directory.Exists(index))
            {
                Directory.Delete(index, recursive: true);
            }

            var generate = Stopwatch.StartNew();
            var pdf = YearReportPdf.Create(year, pages, membershipPage);
            var bytes = pdf.Build();
            var file = Path.Combine(reports, $"raport-o-stanie-miasta-{year}.pdf");
            File.WriteAllBytes(file, bytes);
            var listPage = pdf.Pages[YearReportPdf.InternationalIntro(year)];
            Console.Error.WriteLine($"pdf: generated {file} ({bytes.Length / 1e6:F1} MB) in {generate.Elapsed.TotalSeconds:F1} s; membership list on page {listPage}");

            var first = IndexChild(reports, index, resources);
            var again = IndexChild(reports, index, resources);
            var (answerPages, expected) = AnswerPages(reports, index, resources, year, listPage);
            var peer = PdfToText(file);

            using var summary = JsonDocument.Parse(first.Json);
            var report = summary.RootElement.GetProperty("report");
            using var secondSummary = JsonDocument.Parse(again.Json);
            var unchanged = secondSummary.RootElement.GetProperty("report").GetProperty("unchanged").GetArrayLength();
            var pagesRead = CountPages(bytes);
            var result = new Dictionary<string, object?>
            {
                ["pages"] = pagesRead,
                ["pdf_bytes"] = bytes.Length,
                ["passages"] = report.GetProperty("passages").GetInt32(),
                ["facts"] = report.GetProperty("facts").GetInt32(),
                ["index_wall_s"] = Math.Round(first.Wall.TotalSeconds, 2),
                ["index_peak_rss_mb"] = Math.Round(first.PeakRss / 1e6, 0),
                ["reindex_unchanged_wall_s"] = Math.Round(again.Wall.TotalSeconds, 2),
                ["reindex_unchanged_files"] = unchanged,
                ["answer_cited_pages"] = answerPages,
                ["answer_expected_page"] = expected,
                ["pdftotext_wall_s"] = peer is null ? null : Math.Round(peer.Value.TotalSeconds, 2),
            };

            Console.WriteLine($"== bench pdf: one {pagesRead}-page report PDF ({bytes.Length / 1e6:F1} MB), poznanask index (child process) ==");
            Console.WriteLine($"{"measure",-44} {"ours",12} {"pdftotext",12} {"ratio",8}");
            Console.WriteLine($"{"wall s (ours: read+passages+facts+index; peer: text only)",-44} {first.Wall.TotalSeconds,12:F2} {Fmt(peer?.TotalSeconds),12} {Ratio(first.Wall.TotalSeconds, peer?.TotalSeconds),8}");
            Console.WriteLine($"{"pages per s",-44} {pagesRead / first.Wall.TotalSeconds,12:F1} {Fmt(peer is null ? null : pagesRead / peer.Value.TotalSeconds),12}");
            Console.WriteLine($"peak RSS of poznanask index: {first.PeakRss / 1e6:F0} MB (target <= 500 MB); wall target <= 20 s: {(first.Wall.TotalSeconds <= 20 ? "met" : "NOT met")}, memory: {(first.PeakRss <= 500e6 ? "met" : "NOT met")}");
            Console.WriteLine($"passages {result["passages"]}, membership facts {result["facts"]}; re-index of the unchanged folder: {again.Wall.TotalSeconds:F2} s, {unchanged} file(s) unchanged");
            Console.WriteLine($"answer cites pages [{string.Join(", ", answerPages)}], list is on page {expected}: {(answerPages.Count > 0 && answerPages.All(p => p == expected) ? "correct" : "WRONG")}");
            Console.WriteLine(JsonSerializer.Serialize(result));
            return answerPages.Count > 0 && answerPages.All(p => p == expected) ? 0 : 1;
        }
        finally
        {
            if (Option(args, "--keep") is null && Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private sealed record ChildRun(TimeSpan Wall, long PeakRss, string Json);

    private static ChildRun IndexChild(string reports, string index, string resources)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "poznanask.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { cli, "index", "--reports", reports, "--index", index, "--json" })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["PoznanAsk__ResourcesPath"] = resources;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(25))
        {
            peak = Math.Max(peak, VmHwm(process.Id));
        }

        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"poznanask index failed ({process.ExitCode}): {stderr.Result}");
        }

        return new ChildRun(watch.Elapsed, peak, stdout.Result);
    }

    private static (List<int> Pages, int Expected) AnswerPages(string reports, string index, string resources, int year, int listPage)
    {
        using var engine = PoznanAskEngine.Open(new EngineOptions { ReportsPath = reports, IndexPath = index, ResourcesPath = resources });
        var answer = engine.Ask($"Do jakich organizacji międzynarodowych należał Poznań w {year} r.?");
        Console.Error.WriteLine("pdf: answer: " + answer.Text.Split('\n')[0]);
        return (answer.Citations.Where(c => c.Page is not null).Select(c => c.Page!.Value).Distinct().ToList(), listPage);
    }

    private static TimeSpan? PdfToText(string file)
    {
        try
        {
            var start = new ProcessStartInfo("pdftotext") { UseShellExecute = false, RedirectStandardError = true };
            start.ArgumentList.Add(file);
            start.ArgumentList.Add(file + ".txt");
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0 ? watch.Elapsed : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine("pdf: pdftotext not found (scripts/setup --bench installs poppler-utils); peer column empty");
            return null;
        }
    }

    private static int CountPages(byte[] bytes)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        return document.NumberOfPages;
    }

    private static long VmHwm(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }

    private static string Fmt(double? value) => value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "—";

    private static string Ratio(double ours, double? peer) => peer is { } p && p > 0 ? (ours / p).ToString("F1", CultureInfo.InvariantCulture) + "x" : "—";

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

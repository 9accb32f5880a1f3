using System.Globalization;
using PoznanAsk.Knowledge.Ingest;
using Spectre.Console;

namespace PoznanAsk.Cli.Output;

/// <summary>
/// Progress of <c>poznanask index</c> on stderr (stdout keeps the summary or JSON): on a terminal a
/// Spectre.Console progress display (files, pages of the PDF being read, passages so far); otherwise
/// one plain line per file.
/// </summary>
internal static class IndexProgress
{
    /// <summary>Runs <paramref name="ingest"/> with a progress sink suited to where stderr goes.</summary>
    public static T Run<T>(Func<IIngestProgress, T> ingest)
    {
        if (Console.IsErrorRedirected)
        {
            return ingest(new Lines(Console.Error));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var result = default(T)!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => result = ingest(new Bars(context)));
        return result;
    }

    /// <summary>A plain line per file: "[3/120] raport-2023.pdf: 612 str., 5 234 fragmentów".</summary>
    private sealed class Lines(TextWriter output) : IIngestProgress
    {
        private int _files;

        public void Started(int files) => _files = files;

        public void FileStarted(string source, int number, bool reused) => output.Write($"[{number}/{_files}] {source}: ");

        public void PagesRead(string source, int read, int total)
        {
        }

        public void FileDone(string source, int passages, int pages, string? skipped)
        {
            var what = skipped is not null ? skipped
                : (pages > 0 ? $"{pages} str., " : string.Empty) + $"{passages} fragmentów";
            output.WriteLine(what);
            output.Flush();
        }
    }

    /// <summary>Bars: all files, and the pages of the PDF being read.</summary>
    private sealed class Bars(ProgressContext context) : IIngestProgress
    {
        private ProgressTask? _files;
        private ProgressTask? _pages;
        private int _passages;
        private int _pagesDone;

        public void Started(int files)
        {
            _files = context.AddTask("Pliki", maxValue: Math.Max(files, 1));
        }

        public void FileStarted(string source, int number, bool reused)
        {
            _files?.Description($"Pliki ({number}/{_files.MaxValue:0}) {Markup.Escape(source)}");
        }

        public void PagesRead(string source, int read, int total)
        {
            _pages ??= context.AddTask("Strony", maxValue: total);
            _pages.MaxValue = total;
            _pages.Value = read;
            _pages.Description($"Strony {read}/{total}");
            context.Refresh();
        }

        public void FileDone(string source, int passages, int pages, string? skipped)
        {
            _passages += passages;
            _pagesDone += pages;
            _files?.Increment(1);
            _files?.Description(string.Create(CultureInfo.InvariantCulture, $"Pliki: {_files.Value:0}/{_files.MaxValue:0}, stron {_pagesDone}, fragmentów {_passages}"));
            if (_pages is not null)
            {
                _pages.StopTask();
                _pages = null;
            }
        }
    }
}

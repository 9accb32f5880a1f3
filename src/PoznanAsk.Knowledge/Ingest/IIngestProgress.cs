namespace PoznanAsk.Knowledge.Ingest;

/// <summary>
/// What an ingest is doing, for a progress display (<c>poznanask index</c> draws a bar on a terminal,
/// one line per file otherwise). Called on the ingesting thread, in order; implementations must be cheap.
/// </summary>
public interface IIngestProgress
{
    /// <summary>The ingest found <paramref name="files"/> report files in the folder.</summary>
    void Started(int files);

    /// <summary>File <paramref name="number"/> (from 1) is being read; <paramref name="reused"/> when it is unchanged and not read again.</summary>
    void FileStarted(string source, int number, bool reused);

    /// <summary>For a PDF: <paramref name="read"/> of <paramref name="total"/> pages are read.</summary>
    void PagesRead(string source, int read, int total);

    /// <summary>The file is done: its passages and pages (0 for formats without pages), or, for a file skipped or unreadable, what happened ("pominięty – …", "BŁĄD – …").</summary>
    void FileDone(string source, int passages, int pages, string? problem);
}

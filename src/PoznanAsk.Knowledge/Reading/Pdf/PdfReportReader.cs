using System.Globalization;
using PoznanAsk.Knowledge.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Outline;

namespace PoznanAsk.Knowledge.Reading.Pdf;

/// <summary>
/// Reads a report PDF with PdfPig: every page's words in reading order (<see cref="PageLayout"/>),
/// page furniture dropped (<see cref="RunningText"/>), blocks and page starts built
/// (<see cref="PdfBlockBuilder"/>), the outline used for headings when the PDF has one. A PDF that is
/// encrypted, damaged (truncated, unparsable) or has no text layer at all is an error naming the
/// file, raised before anything of it is used; pages without text among pages with text are a warning.
/// </summary>
internal static class PdfReportReader
{
    /// <summary>Pages read per progress report.</summary>
    public const int ProgressEvery = 10;

    /// <summary>Reads the PDF <paramref name="bytes"/> of <paramref name="source"/>.</summary>
    /// <param name="source">File name (for messages).</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="onPages">Called with the number of pages read so far (every <see cref="ProgressEvery"/> pages and at the end) and the total.</param>
    /// <exception cref="ReportReadException">The file is not a readable PDF with a text layer.</exception>
    public static ReportDocument Read(string source, byte[] bytes, Action<int, int>? onPages = null)
    {
        CheckEnvelope(source, bytes);
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = false, SkipMissingFonts = true });
            var count = document.NumberOfPages;
            var pages = new List<(List<PdfLine> Lines, double Height)>(count);
            var imageOnly = new List<int>();
            for (var n = 1; n <= count; n++)
            {
                var page = document.GetPage(n);
                var lines = PageLayout.Lines(page);
                if (lines.Count == 0 && page.NumberOfImages > 0)
                {
                    imageOnly.Add(n);
                }

                pages.Add((lines, page.Height));
                if (n % ProgressEvery == 0 || n == count)
                {
                    onPages?.Invoke(n, count);
                }
            }

            if (pages.All(p => p.Lines.Count == 0))
            {
                throw new ReportReadException(source, count == 0
                    ? "PDF nie ma żadnej strony (the PDF has no pages)."
                    : $"PDF nie ma warstwy tekstowej – {count} str. to same obrazy (skan); rozpoznawanie tekstu (OCR) nie jest częścią PoznanAsk " +
                      "(no text layer; OCR is not part of PoznanAsk). Zapisz raport jako PDF z tekstem albo jako strony HTML.");
            }

            var drop = RunningText.Find(pages);
            var ordered = pages.SelectMany((p, i) => p.Lines.Where((_, l) => !drop[i].Contains(l))).ToList();
            var built = PdfBlockBuilder.Build(ordered, count, Outline(document));
            return built with
            {
                Title = string.IsNullOrWhiteSpace(document.Information.Title) ? null : document.Information.Title.Trim(),
                Warnings = imageOnly.Count == 0 ? [] :
                [
                    new IngestWarning(source, "pdf-image-pages",
                        $"Strony bez warstwy tekstowej (same obrazy, pominięte – OCR nie jest częścią PoznanAsk): {Ranges(imageOnly)}."),
                ],
            };
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ReportReadException(source, "PDF jest zaszyfrowany (hasło) – nie można odczytać tekstu (encrypted PDF). Zapisz go bez hasła.");
        }
        catch (ReportReadException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports damage with several exception types (format, parse, invalid operation, index).
            throw new ReportReadException(source, $"uszkodzony plik PDF – nie da się go odczytać (damaged PDF): {e.Message}");
        }
    }

    /// <summary>Header and end-of-file marker: a PDF cut short (an interrupted download) has no <c>%%EOF</c> at its end.</summary>
    private static void CheckEnvelope(string source, byte[] bytes)
    {
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            throw new ReportReadException(source, "plik nie jest PDF-em (no %PDF- header), choć ma rozszerzenie .pdf.");
        }

        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 1024));
        if (tail.IndexOf("%%EOF"u8) < 0)
        {
            throw new ReportReadException(source, $"PDF jest ucięty – brak znacznika końca %%EOF (truncated PDF, {bytes.Length.ToString(CultureInfo.InvariantCulture)} B; pobierz plik ponownie).");
        }
    }

    private static Dictionary<(int Page, string Title), int> Outline(PdfDocument document)
    {
        var result = new Dictionary<(int, string), int>();
        if (!document.TryGetBookmarks(out var bookmarks))
        {
            return result;
        }

        foreach (var node in bookmarks.GetNodes())
        {
            if (node is DocumentBookmarkNode { PageNumber: > 0 } page && !string.IsNullOrWhiteSpace(node.Title))
            {
                result.TryAdd((page.PageNumber, PdfBlockBuilder.Normalise(node.Title)), node.Level + 1);
            }
        }

        return result;
    }

    private static string Ranges(List<int> pages)
    {
        var parts = new List<string>();
        for (var i = 0; i < pages.Count;)
        {
            var j = i;
            while (j + 1 < pages.Count && pages[j + 1] == pages[j] + 1)
            {
                j++;
            }

            parts.Add(i == j ? pages[i].ToString(CultureInfo.InvariantCulture) : $"{pages[i]}–{pages[j]}");
            i = j + 1;
        }

        return string.Join(", ", parts);
    }
}

using PoznanAsk.Knowledge.Facts;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Passages;
using PoznanAsk.Knowledge.Reading;
using PoznanAsk.Knowledge.Reading.Pdf;
using PoznanAsk.Knowledge.Years;

namespace PoznanAsk.Knowledge.Ingest;

/// <summary>Reads one report file's bytes into a <see cref="ParsedReport"/>.</summary>
internal static class ReportParser
{
    private static readonly char[] SectionSeparators = ['→', '›', '>', '/'];

    /// <summary>Parses the file <paramref name="source"/> (relative name) from its bytes.</summary>
    /// <param name="source">File name relative to the reports folder.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="manifest">The file's manifest entry, if any.</param>
    /// <param name="onPages">For a PDF: called with pages read so far and the total.</param>
    /// <exception cref="ReportReadException">The file is empty (0 bytes), binary, undecodable, or a PDF that is encrypted, damaged or without text.</exception>
    public static ParsedReport Parse(string source, byte[] bytes, ManifestEntry? manifest, Action<int, int>? onPages = null)
    {
        if (bytes.Length == 0)
        {
            throw new ReportReadException(source, "plik ma 0 bajtów – jest pusty (przerwane pobieranie?); indeks zostaje bez zmian (empty file, 0 bytes).");
        }

        var hash = StableId.Sha256(bytes);
        var warnings = new List<IngestWarning>();
        ReportDocument document;
        if (IsPdf(source))
        {
            document = PdfReportReader.Read(source, bytes, onPages);
        }
        else
        {
            var decoded = (IsHtml(source) ? HtmlCharset.Decode(bytes, source) : null) ?? TextDecoder.Decode(bytes, source);
            if (decoded.Warning is { } encodingWarning)
            {
                warnings.Add(new IngestWarning(source, "encoding", encodingWarning));
            }

            document = Read(source, decoded.Text);
        }

        warnings.AddRange(document.Warnings.Select(w => w.Source.Length == 0 ? w with { Source = source } : w));
        if (document.Header is { NotReport: true } header)
        {
            // The file says it is not a report page (e.g. a news item kept beside the reports): nothing
            // of it may be cited as a report's statement.
            warnings.Add(new IngestWarning(source, "not-a-report",
                $"Nagłówek pliku podaje „kind: {header.Kind}” – to nie jest strona raportu; jej tekstu nie zapisano jako fragmentów."));
            var notReport = new ReportInfo(source, null, "nagłówek: kind " + header.Kind, manifest?.Title ?? header.Title, manifest?.Section, manifest?.Url ?? header.Url, hash, null);
            return new ParsedReport(notReport, [], [], [], [], warnings);
        }

        if (document.Blocks.Count == 0)
        {
            warnings.Add(new IngestWarning(source, "empty-file", "Plik jest pusty (brak tekstu) – nie ma z czego utworzyć fragmentów."));
            var emptyInfo = new ReportInfo(source, manifest?.Year, manifest?.Year is null ? "brak tekstu" : "manifest", manifest?.Title, manifest?.Section, manifest?.Url, hash, document.PageStarts?.Count);
            return new ParsedReport(emptyInfo, [], [], [], [], warnings);
        }

        var title = manifest?.Title ?? document.Title;
        var url = manifest?.Url ?? document.Url;
        var (year, evidence) = DecideYear(source, document.Text, manifest, document.Header, url, warnings);
        var firstHeading = document.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading);
        var section = manifest?.Section ?? (firstHeading is null ? null : firstHeading.Span.Of(document.Text));
        var info = new ReportInfo(source, year, evidence, title, section, url, hash, document.PageStarts?.Count);

        var set = PassageBuilder.Build(document, source, year, url, title);
        var outer = manifest?.Section?.Split(SectionSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var memberships = MembershipExtractor.Extract(set, document.Text, source, year, outer);
        warnings.AddRange(memberships.Warnings);
        var events = EventExtractor.Extract(set, document.Text, source, year);
        return new ParsedReport(info, set.Passages, memberships.Lists, memberships.Facts, events, warnings);
    }

    /// <summary>Whether <paramref name="source"/> is read as a PDF (by its extension).</summary>
    internal static bool IsPdf(string source) => Path.GetExtension(source).Equals(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>A path segment that is a year (1990–2099) in <paramref name="url"/>: "/2019/" or "/raport-2019/".</summary>
    private static int? UrlYear(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        foreach (var segment in uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var match = System.Text.RegularExpressions.Regex.Match(segment, @"(?<!\d)(19[9]\d|20\d\d)(?!\d)");
            if (match.Success && (segment.Length == 4 || segment.Length <= 24))
            {
                return int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static bool IsHtml(string source) => Path.GetExtension(source).ToLowerInvariant() is ".html" or ".htm";

    /// <summary>Reads the decoded text by the file's extension.</summary>
    internal static ReportDocument Read(string source, string text) => Path.GetExtension(source).ToLowerInvariant() switch
    {
        ".html" or ".htm" => HtmlReader.Read(text),
        ".md" or ".markdown" => LineParser.Parse(text, markdown: true),
        _ => LineParser.Parse(text, markdown: false),
    };

    private static (int? Year, string Evidence) DecideYear(string source, string text, ManifestEntry? manifest, PageHeader? header, string? url, List<IngestWarning> warnings)
    {
        // The manifest wins; then the file's own header, which may state that the page has no year
        // ("# year: undated"): then no year is guessed from its address or text.
        if (manifest?.Year is null && header is { } h && (h.Year is not null || h.Undated))
        {
            return (h.Year, h.Year is null ? "nagłówek: bez roku" : "nagłówek pliku");
        }

        text = header is null ? text : text[header.BodyStart..];
        var decision = ReportYearDetector.Detect(text);
        if (manifest?.Year is null && UrlYear(url) is { } fromUrl)
        {
            // A saved section page's address names its report year (badam.poznan.pl/2019/…).
            if (decision.Year is { } read && read != fromUrl)
            {
                warnings.Add(new IngestWarning(source, "year-conflict",
                    $"Adres strony ({url}) wskazuje rok {fromUrl}, a tekst {read} ({decision.Evidence}); przyjęto rok z adresu."));
            }

            return (fromUrl, "URL: " + url);
        }

        if (manifest?.Year is { } stated)
        {
            if (decision.Year is { } read && read != stated)
            {
                warnings.Add(new IngestWarning(source, "year-conflict",
                    $"Manifest podaje rok {stated}, a tekst wskazuje {read} ({decision.Evidence}); przyjęto rok z manifestu."));
            }

            return (stated, "manifest");
        }

        if (decision.Ambiguous)
        {
            warnings.Add(new IngestWarning(source, "year-ambiguous",
                $"Nie ustalono roku raportu – tekst podaje kilka lat bez przewagi jednego ({decision.Evidence}). Dodaj rok w manifeście."));
        }
        else if (decision.Year is null)
        {
            warnings.Add(new IngestWarning(source, "year-unknown",
                "Nie ustalono roku raportu – tekst nie zawiera zwrotu „W RRRR r.”. Dodaj rok w manifeście."));
        }

        return (decision.Year, decision.Evidence);
    }
}

using PoznanAsk.Knowledge.Facts;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Passages;
using PoznanAsk.Knowledge.Reading;
using PoznanAsk.Knowledge.Years;

namespace PoznanAsk.Knowledge.Ingest;

/// <summary>Reads one report file's bytes into a <see cref="ParsedReport"/>.</summary>
internal static class ReportParser
{
    private static readonly char[] SectionSeparators = ['→', '›', '>', '/'];

    /// <summary>Parses the file <paramref name="source"/> (relative name) from its bytes.</summary>
    /// <exception cref="ReportReadException">The file is binary or cannot be decoded.</exception>
    public static ParsedReport Parse(string source, ReadOnlySpan<byte> bytes, ManifestEntry? manifest)
    {
        var hash = StableId.Sha256(bytes);
        var warnings = new List<IngestWarning>();
        var decoded = TextDecoder.Decode(bytes, source);
        if (decoded.Warning is { } encodingWarning)
        {
            warnings.Add(new IngestWarning(source, "encoding", encodingWarning));
        }

        var document = Read(source, decoded.Text);
        if (document.Blocks.Count == 0)
        {
            warnings.Add(new IngestWarning(source, "empty-file", "Plik jest pusty (brak tekstu) – nie ma z czego utworzyć fragmentów."));
            var emptyInfo = new ReportInfo(source, manifest?.Year, manifest?.Year is null ? "brak tekstu" : "manifest", manifest?.Title, manifest?.Section, manifest?.Url, hash);
            return new ParsedReport(emptyInfo, [], [], [], [], warnings);
        }

        var (year, evidence) = DecideYear(source, document.Text, manifest, warnings);
        var firstHeading = document.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading);
        var section = manifest?.Section ?? (firstHeading is null ? null : firstHeading.Span.Of(document.Text));
        var info = new ReportInfo(source, year, evidence, manifest?.Title, section, manifest?.Url, hash);

        var set = PassageBuilder.Build(document, source, year, manifest?.Url, manifest?.Title);
        var outer = manifest?.Section?.Split(SectionSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var memberships = MembershipExtractor.Extract(set, document.Text, source, year, outer);
        warnings.AddRange(memberships.Warnings);
        var events = EventExtractor.Extract(set, document.Text, source, year);
        return new ParsedReport(info, set.Passages, memberships.Lists, memberships.Facts, events, warnings);
    }

    /// <summary>Reads the decoded text by the file's extension.</summary>
    internal static ReportDocument Read(string source, string text) => Path.GetExtension(source).ToLowerInvariant() switch
    {
        ".html" or ".htm" => HtmlReader.Read(text),
        ".md" or ".markdown" => LineParser.Parse(text, markdown: true),
        _ => LineParser.Parse(text, markdown: false),
    };

    private static (int? Year, string Evidence) DecideYear(string source, string text, ManifestEntry? manifest, List<IngestWarning> warnings)
    {
        var decision = ReportYearDetector.Detect(text);
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

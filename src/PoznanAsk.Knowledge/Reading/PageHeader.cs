using System.Globalization;
using System.Text.RegularExpressions;

namespace PoznanAsk.Knowledge.Reading;

/// <summary>
/// The metadata lines a stored page copy starts with — <c># source: URL</c>, <c># year: 2019</c> (or
/// <c>undated</c>), <c># kind: report</c> (or <c>distractor</c>: an official page that is not part of a
/// report), <c># title: …</c> — followed by a blank line (the format of
/// tests/TestData/reports-dev/README.md). They describe the file like a manifest entry does, so they are
/// metadata and never passages; the text proper begins at <see cref="BodyStart"/>.
/// </summary>
/// <param name="Url">The page's address (<c>source</c>/<c>url</c>).</param>
/// <param name="Year">The report year the header states, if it states one.</param>
/// <param name="Undated">The header says the page has no report year: no year is guessed from its text or address.</param>
/// <param name="Kind">The <c>kind</c> line lower-cased (<c>report</c>, <c>distractor</c>), null when absent.</param>
/// <param name="Title">The <c>title</c> line.</param>
/// <param name="BodyStart">Offset of the first character after the header block.</param>
internal sealed partial record PageHeader(string? Url, int? Year, bool Undated, string? Kind, string? Title, int BodyStart)
{
    /// <summary>The <c>kind</c> of a page that belongs to a report; any other declared kind is not a report page.</summary>
    public const string ReportKind = "report";

    /// <summary>Whether the header declares the page is not a report page (a <c>kind</c> other than <c>report</c>).</summary>
    public bool NotReport => Kind is { } kind && kind != ReportKind;

    // One header line: "# key: value" with a known key (a Markdown heading "# Organizacje: …" has another first word).
    [GeneratedRegex(@"^#[ \t]*(source|url|year|kind|title)[ \t]*:[ \t]*(.*?)[ \t]*$", RegexOptions.IgnoreCase)]
    private static partial Regex LineRegex();

    /// <summary>Reads the header block at the very start of <paramref name="text"/>; null when the text has none.</summary>
    /// <remarks>
    /// Only lines at the start count, each a known key, and the block must end at a blank line or the
    /// end of the text — so a "# year:" line in the middle of a document stays text.
    /// </remarks>
    public static PageHeader? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (at < text.Length)
        {
            var end = text.IndexOf('\n', at);
            var lineEnd = end < 0 ? text.Length : end;
            var line = text[at..lineEnd].TrimEnd('\r');
            var match = LineRegex().Match(line);
            if (!match.Success)
            {
                if (line.Trim().Length > 0 || values.Count == 0)
                {
                    return null;
                }

                break;
            }

            values.TryAdd(match.Groups[1].Value.ToLowerInvariant(), match.Groups[2].Value);
            at = end < 0 ? text.Length : end + 1;
        }

        if (values.Count == 0)
        {
            return null;
        }

        var yearText = values.GetValueOrDefault("year");
        int? year = yearText is not null && int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2099 ? y : null;
        var undated = yearText is not null && year is null;
        var url = values.GetValueOrDefault("source") ?? values.GetValueOrDefault("url");
        var kind = values.GetValueOrDefault("kind") is { Length: > 0 } k ? k.ToLowerInvariant() : null;
        var title = values.GetValueOrDefault("title") is { Length: > 0 } t ? t : null;
        return new PageHeader(url is { Length: > 0 } ? url : null, year, undated, kind, title, at);
    }
}

namespace PoznanAsk.Knowledge.Reading;

/// <summary>How a report file is written, from its extension.</summary>
internal enum ReportFormat
{
    /// <summary>Plain text in the shape of the published pages (<c>.txt</c>).</summary>
    PlainText,

    /// <summary>Markdown (<c>.md</c>, <c>.markdown</c>).</summary>
    Markdown,

    /// <summary>An HTML page (<c>.html</c>, <c>.htm</c>), an excerpt or a full page as a browser saves it.</summary>
    Html,

    /// <summary>A PDF with a text layer (<c>.pdf</c>), e.g. a whole year's report.</summary>
    Pdf,
}

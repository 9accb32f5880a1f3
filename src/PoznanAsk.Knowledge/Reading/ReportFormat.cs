namespace PoznanAsk.Knowledge.Reading;

/// <summary>How a report file is written, from its extension.</summary>
internal enum ReportFormat
{
    /// <summary>Plain text in the shape of the published pages (<c>.txt</c>).</summary>
    PlainText,

    /// <summary>Markdown (<c>.md</c>, <c>.markdown</c>).</summary>
    Markdown,

    /// <summary>An HTML page (<c>.html</c>, <c>.htm</c>).</summary>
    Html,
}

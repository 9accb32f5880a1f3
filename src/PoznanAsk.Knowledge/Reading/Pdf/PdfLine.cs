namespace PoznanAsk.Knowledge.Reading.Pdf;

/// <summary>What a line of a PDF page is, as laid out.</summary>
internal enum PdfLineKind
{
    /// <summary>A line of running text, a heading or a list item.</summary>
    Text,

    /// <summary>A row of a table: cells at aligned column starts, joined by " | ".</summary>
    TableRow,
}

/// <summary>
/// One line of a PDF page in reading order (after columns are separated), in PDF user-space units
/// (points, y grows upwards).
/// </summary>
/// <param name="Page">1-based page number.</param>
/// <param name="Text">The words joined by single spaces (table cells by " | ").</param>
/// <param name="Left">Left edge of the first word.</param>
/// <param name="Right">Right edge of the last word.</param>
/// <param name="Baseline">Baseline y.</param>
/// <param name="Size">Font size (points) of most of the line's letters.</param>
/// <param name="Bold">Whether most letters are in a bold face.</param>
/// <param name="Kind">Text or table row.</param>
internal sealed record PdfLine(int Page, string Text, double Left, double Right, double Baseline, double Size, bool Bold, PdfLineKind Kind);

using System.Text;
using System.Text.RegularExpressions;
using PoznanAsk.Knowledge.Text;

namespace PoznanAsk.Knowledge.Reading.Pdf;

/// <summary>
/// Turns a PDF's lines (reading order, furniture removed) into the text passages point into and its
/// blocks. The body size is the font size most letters have. A line is a heading when its size is
/// clearly larger than the body's, when it is bold body text that reads as a heading, or when the
/// outline names it on that page; heading levels follow the outline when there is one, else the sizes
/// (largest = 1). A line starting with a bullet or "1." / "a)" opens a list item; lines after it that
/// are indented like its text continue it. Other lines continue the paragraph before them when the
/// line spacing is a text line's (or, across a page or column, when the paragraph has not ended and the
/// line starts in lower case). A word hyphenated at a line end is joined ("współ-" + "praca" =
/// "współpraca"; Polish "biało-" + "-czerwony" keeps one hyphen). Table rows are paragraphs of their
/// own, or list items after a list intro.
/// </summary>
internal sealed partial class PdfBlockBuilder
{
    /// <summary>A line this much larger than the body text is a heading.</summary>
    private const double HeadingScale = 1.15;

    /// <summary>Baseline distance (in font sizes) up to which two lines are one paragraph.</summary>
    private const double ParagraphLeading = 1.7;

    private readonly StringBuilder _out = new();
    private readonly List<Block> _blocks = [];
    private readonly List<int> _pageStarts = [];
    private readonly IReadOnlyDictionary<(int Page, string Title), int> _outline;
    private readonly double _body;
    private readonly double[] _headingSizes;

    private Open _open = Open.None;
    private int _openStart;
    private List<TextSpan>? _items;
    private PdfLine? _last;
    private double _itemIndent;

    private enum Open
    {
        None,
        Paragraph,
        Item,
        Heading,
    }

    private PdfBlockBuilder(IReadOnlyList<PdfLine> lines, IReadOnlyDictionary<(int Page, string Title), int> outline)
    {
        _outline = outline;
        _body = lines.Count == 0 ? 0 : lines.GroupBy(l => l.Size).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
        _headingSizes = lines.Where(l => l.Size >= _body * HeadingScale).Select(l => l.Size).Distinct().OrderDescending().ToArray();
    }

    /// <summary>Builds the document of <paramref name="lines"/> of a <paramref name="pageCount"/>-page PDF.</summary>
    /// <param name="lines">Lines in reading order.</param>
    /// <param name="pageCount">Pages of the PDF.</param>
    /// <param name="outline">Outline entries: (page, normalised title) → level (1 = outermost).</param>
    public static ReportDocument Build(IReadOnlyList<PdfLine> lines, int pageCount, IReadOnlyDictionary<(int Page, string Title), int> outline)
    {
        var builder = new PdfBlockBuilder(lines, outline);
        foreach (var line in lines)
        {
            builder.Add(line);
        }

        builder.Close();
        var text = builder._out.ToString();
        var starts = builder._pageStarts;
        while (starts.Count < pageCount)
        {
            starts.Add(text.Length);
        }

        return new ReportDocument(text, ReportFormat.Pdf, builder._blocks) { PageStarts = starts };
    }

    /// <summary>Outline titles are matched with white space collapsed and case ignored.</summary>
    internal static string Normalise(string title) => Spaces().Replace(title.Trim(), " ").ToLowerInvariant();

    private void Add(PdfLine line)
    {
        var text = line.Text.Trim();
        if (line.Kind != PdfLineKind.TableRow)
        {
            _introBeforeHeaderRow = false;
        }

        var headingLevel = HeadingLevel(line, text);
        if (headingLevel > 0)
        {
            if (_open == Open.Heading && _last is { } previous && previous.Page == line.Page && Math.Abs(previous.Size - line.Size) < 0.5
                && previous.Baseline - line.Baseline <= line.Size * ParagraphLeading && previous.Baseline > line.Baseline)
            {
                Append(line, text);
                return;
            }

            Close();
            Begin(line, Open.Heading);
            _out.Append(text);
            _headingLevel = headingLevel;
            return;
        }

        if (line.Kind == PdfLineKind.TableRow)
        {
            AddRow(line, text);
            return;
        }

        var bullet = Bullet().Match(text);
        if (bullet.Success && bullet.Length < text.Length)
        {
            if (_open != Open.Item)
            {
                Close();
            }

            CloseItem();
            _items ??= [];
            Begin(line, Open.Item);
            _out.Append(text[bullet.Length..]);
            _itemIndent = line.Left + (line.Right - line.Left) * bullet.Length / text.Length;
            return;
        }

        if (_open == Open.Item && _last is { } last && Continues(last, line) && line.Left >= _itemIndent - line.Size)
        {
            Append(line, text);
            return;
        }

        if (_open == Open.Paragraph && _last is { } before && Continues(before, line))
        {
            Append(line, text);
            return;
        }

        Close();
        Begin(line, Open.Paragraph);
        _out.Append(text);
    }

    private int _headingLevel;
    private bool _introBeforeHeaderRow;

    /// <summary>
    /// A table row: after a list intro (a header row of bold cells between them allowed) the rows are
    /// list items, one per row; elsewhere each row is a paragraph.
    /// </summary>
    private void AddRow(PdfLine line, string text)
    {
        if (_open == Open.Item && _last?.Kind == PdfLineKind.TableRow)
        {
            CloseItem();
        }
        else
        {
            Close();
        }

        var intro = _items is not null || EndsIntro() || _introBeforeHeaderRow;
        if (intro && line.Bold && _items is null && !_introBeforeHeaderRow)
        {
            // The header row of a tabulated list ("Organizacja | Składka"): not an item, skipped as in HTML.
            _introBeforeHeaderRow = true;
            return;
        }

        _introBeforeHeaderRow = false;
        if (intro)
        {
            _items ??= [];
            Begin(line, Open.Item);
            _out.Append(text);
            return;
        }

        Begin(line, Open.Paragraph);
        _out.Append(text);
        CloseParagraph();
    }

    private int HeadingLevel(PdfLine line, string text)
    {
        if (line.Kind == PdfLineKind.TableRow || text.Length > HeadingHeuristics.MaxLength * 2)
        {
            return 0;
        }

        if (_outline.Count > 0)
        {
            if (_outline.TryGetValue((line.Page, Normalise(text)), out var level))
            {
                return level;
            }

            // A heading on two lines: its first line starts an outline title on this page.
            var key = Normalise(text);
            foreach (var entry in _outline)
            {
                if (entry.Key.Page == line.Page && entry.Key.Title.StartsWith(key, StringComparison.Ordinal) && key.Length >= 8)
                {
                    return entry.Value;
                }
            }

            if (_open == Open.Heading && _last is { } open && open.Size == line.Size && line.Size >= _body * HeadingScale)
            {
                return _headingLevel;
            }
        }

        if (line.Size >= _body * HeadingScale && char.IsLetterOrDigit(text[0]))
        {
            return _outline.Count > 0 ? _outline.Values.Max() + 1 : Array.IndexOf(_headingSizes, line.Size) + 1;
        }

        return line.Bold && Math.Abs(line.Size - _body) < 0.5 && HeadingHeuristics.LooksLikeHeading(text)
            ? (_outline.Count > 0 ? _outline.Values.Max() + 1 : _headingSizes.Length + 1)
            : 0;
    }

    /// <summary>Whether <paramref name="line"/> goes on with the text of <paramref name="previous"/>.</summary>
    private bool Continues(PdfLine previous, PdfLine line)
    {
        if (Math.Abs(previous.Size - line.Size) >= 0.5)
        {
            return false;
        }

        var down = previous.Baseline - line.Baseline;
        if (previous.Page == line.Page && down > 0 && down <= line.Size * ParagraphLeading)
        {
            return true;
        }

        // A new page or column: the text goes on if the sentence has not ended.
        var sentenceEnded = _out.Length > 0 && ".:;!?".Contains(_out[^1]);
        var jumped = previous.Page != line.Page || down <= 0;
        return jumped && !sentenceEnded && line.Text.Length > 0 && (char.IsLower(line.Text[0]) || _out[^1] == '-');
    }

    private bool EndsIntro()
    {
        if (_blocks.Count == 0 || _blocks[^1].Kind != BlockKind.Paragraph)
        {
            return false;
        }

        var paragraph = _blocks[^1].Span.Of(_out.ToString());
        return paragraph.EndsWith(':') || Facts.MembershipIntro.IsMembershipCue(paragraph);
    }

    private void Begin(PdfLine line, Open kind)
    {
        if (_out.Length > 0 && _open == Open.None)
        {
            // List items are one per line (the previous item ended with one), other blocks a blank line apart.
            _out.Append(kind == Open.Item && _items is { Count: > 0 } ? string.Empty : kind == Open.Item ? "\n" : "\n\n");
        }

        if (kind == Open.Item)
        {
            _out.Append("• ");
        }

        MarkPage(line.Page);
        _open = kind;
        _openStart = _out.Length;
        _last = line;
    }

    private void Append(PdfLine line, string text)
    {
        var hyphenated = _out.Length >= 2 && _out[^1] == '-' && char.IsLetter(_out[^2]);
        if (hyphenated && text.Length > 1 && char.IsLower(text[0]))
        {
            _out.Length--;
        }
        else if (hyphenated && text.Length > 1 && text[0] == '-')
        {
            text = text[1..];
        }
        else
        {
            _out.Append(' ');
        }

        MarkPage(line.Page);
        _out.Append(text);
        _last = line;
    }

    private void MarkPage(int page)
    {
        while (_pageStarts.Count < page)
        {
            _pageStarts.Add(_out.Length);
        }
    }

    private void CloseItem()
    {
        if (_open == Open.Item)
        {
            _items!.Add(new TextSpan(_openStart, _out.Length));
            _out.Append('\n');
            _open = Open.None;
        }
    }

    private void CloseParagraph()
    {
        _blocks.Add(_open == Open.Heading ? Block.Heading(new TextSpan(_openStart, _out.Length), _headingLevel) : Block.Paragraph(new TextSpan(_openStart, _out.Length)));
        _open = Open.None;
    }

    private void Close()
    {
        switch (_open)
        {
            case Open.Item:
                CloseItem();
                break;
            case Open.Paragraph or Open.Heading:
                CloseParagraph();
                break;
        }

        if (_items is { Count: > 0 })
        {
            _blocks.Add(Block.List(_items));
        }

        _items = null;
    }

    [GeneratedRegex(@"^(?:[•●▪◦■►▸‣·\-–—]|\d{1,2}[.)]|[a-z][)])\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

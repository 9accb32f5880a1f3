using System.Text.RegularExpressions;
using PoznanAsk.Knowledge.Text;

namespace PoznanAsk.Knowledge.Reading;

/// <summary>
/// Reads plain text in the shape of the published report pages, and Markdown, into blocks with
/// offsets into the text. Rules (docs/knowledge.md): a line starting with a bullet (•, -, *, +, –, "1.")
/// is a list item; an indented line right after an item continues it; an unindented line right after
/// an item ends the list (the seeds put headings directly after lists); blank lines separate
/// paragraphs but not items of one list. Plain text: a short standalone line without sentence
/// punctuation is a heading. Markdown: ATX (<c>#</c>) and setext headings. Lists that lost their
/// bullets are recovered by <see cref="BareListPass"/>.
/// </summary>
internal sealed partial class LineParser
{
    private readonly string _text;
    private readonly bool _markdown;
    private readonly int _bodyStart;
    private readonly List<Block> _blocks = [];
    private readonly List<TextSpan> _paragraph = [];
    private List<TextSpan>? _items;

    private LineParser(string text, bool markdown, int bodyStart)
    {
        _text = text;
        _markdown = markdown;
        _bodyStart = bodyStart;
    }

    /// <summary>Parses <paramref name="text"/>; Markdown rules when <paramref name="markdown"/>.</summary>
    /// <remarks>A leading <see cref="PageHeader"/> ("# source: …", "# year: …") is metadata: it becomes no block.</remarks>
    public static ReportDocument Parse(string text, bool markdown)
    {
        var header = PageHeader.Read(text);
        var parser = new LineParser(text, markdown, header?.BodyStart ?? 0);
        parser.Run();
        return new ReportDocument(text, markdown ? ReportFormat.Markdown : ReportFormat.PlainText, BareListPass.Apply(text, parser._blocks))
        {
            Header = header,
            Url = header?.Url,
            Title = header?.Title,
        };
    }

    [GeneratedRegex(@"^[ \t\u00A0]*(?:[•●▪◦‣·\-\*\+–—]|\d{1,3}[.)])[ \t\u00A0]+(?=\S)")]
    private static partial Regex BulletRegex();

    [GeneratedRegex(@"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex AtxRegex();

    [GeneratedRegex(@"^ {0,3}(?:(=+)|(-{2,})|(\*{3,})|(_{3,}))[ \t]*$")]
    private static partial Regex RuleRegex();

    private void Run()
    {
        var lastBlank = true;
        foreach (var line in Lines(_text).Where(l => l.Start >= _bodyStart))
        {
            var content = Trim(line);
            if (content.Length == 0)
            {
                FlushParagraph();
                lastBlank = true;
                continue;
            }

            var raw = line.Of(_text);
            if (_markdown && HandleMarkdown(line, raw))
            {
                lastBlank = false;
                continue;
            }

            var bullet = BulletRegex().Match(raw);
            if (bullet.Success)
            {
                FlushParagraph();
                _items ??= [];
                _items.Add(new TextSpan(line.Start + bullet.Length, content.End));
            }
            else if (_items is { Count: > 0 } && !lastBlank && char.IsWhiteSpace(raw[0]))
            {
                _items[^1] = _items[^1] with { End = content.End };
            }
            else
            {
                FlushList();
                _paragraph.Add(content);
            }

            lastBlank = false;
        }

        FlushParagraph();
        FlushList();
    }

    private bool HandleMarkdown(TextSpan line, string raw)
    {
        var atx = AtxRegex().Match(raw);
        if (atx.Success)
        {
            FlushParagraph();
            FlushList();
            var inner = atx.Groups[2];
            if (inner.Length > 0)
            {
                _blocks.Add(Block.Heading(new TextSpan(line.Start + inner.Index, line.Start + inner.Index + inner.Length), atx.Groups[1].Length));
            }

            return true;
        }

        var rule = RuleRegex().Match(raw);
        if (!rule.Success)
        {
            return false;
        }

        var setext = rule.Groups[1].Success || rule.Groups[2].Success;
        if (setext && _paragraph.Count > 0)
        {
            _blocks.Add(Block.Heading(new TextSpan(_paragraph[0].Start, _paragraph[^1].End), rule.Groups[1].Success ? 1 : 2));
            _paragraph.Clear();
            return true;
        }

        FlushParagraph();
        FlushList();
        return true;
    }

    private void FlushList()
    {
        if (_items is { Count: > 0 })
        {
            _blocks.Add(Block.List(_items.ToArray()));
        }

        _items = null;
    }

    private void FlushParagraph()
    {
        if (_paragraph.Count == 0)
        {
            return;
        }

        FlushList();
        var lines = _paragraph;
        var first = 0;
        if (!_markdown && IsOneNamePerLineAfterColon(lines))
        {
            _blocks.Add(Block.List(lines.ToArray()));
            _paragraph.Clear();
            return;
        }

        if (!_markdown)
        {
            // A heading line directly followed by a sentence line (no blank line between); a table's
            // rows and the head lines right before them (title, column header) stay content.
            while (lines.Count - first > 1
                && HeadingHeuristics.LooksLikeHeading(lines[first].Of(_text))
                && HeadingHeuristics.StartsUpper(lines[first + 1].Of(_text))
                && !lines.Skip(first).Take(TableRows.HeadLines + 1).Any(l => TableRows.IsRow(l.Of(_text))))
            {
                _blocks.Add(Block.Heading(lines[first], 1));
                first++;
            }
        }

        var span = new TextSpan(lines[first].Start, lines[^1].End);
        var single = lines.Count - first == 1;
        _blocks.Add(!_markdown && single && HeadingHeuristics.LooksLikeHeading(span.Of(_text)) && !TableRows.IsRow(span.Of(_text))
            ? Block.Heading(span, 1)
            : Block.Paragraph(span));
        _paragraph.Clear();
    }

    /// <summary>
    /// Plain text: after a paragraph ending with ':', a group of at least two lines that each start with a
    /// capital and are short (names, one per line, bullets lost) is a list — not headings, not prose
    /// (wrapped prose continues in lower case). No line may end with ':' (that is a new intro); only the
    /// last of three or more may end with '.' ("EUROCITIES\nSpotkanie w Brukseli." is a heading and a sentence).
    /// </summary>
    private bool IsOneNamePerLineAfterColon(List<TextSpan> lines)
    {
        if (lines.Count < 2 || _blocks.Count == 0 || _blocks[^1].Kind != BlockKind.Paragraph || !_blocks[^1].Span.Of(_text).EndsWith(':'))
        {
            return false;
        }

        return lines.All(l =>
        {
            var line = l.Of(_text);
            return HeadingHeuristics.StartsUpper(line) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= BareListPass.MaxWords;
        })
            && lines.All(l => _text[l.End - 1] != ':')
            && lines.Take(lines.Count == 2 ? 2 : lines.Count - 1).All(l => _text[l.End - 1] != '.');
    }

    private TextSpan Trim(TextSpan line)
    {
        var (start, end) = (line.Start, line.End);
        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private static IEnumerable<TextSpan> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                yield return new TextSpan(start, i);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return new TextSpan(start, text.Length);
        }
    }
}

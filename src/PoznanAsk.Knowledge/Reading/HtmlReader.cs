using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PoznanAsk.Knowledge.Text;

namespace PoznanAsk.Knowledge.Reading;

/// <summary>
/// Reads an HTML report page. The main content (<c>main</c>, <c>article</c>, <c>[role=main]</c>, else
/// <c>body</c> without navigation, header, footer, scripts) is extracted into plain text in the shape of
/// the seeds: headings and paragraphs separated by blank lines, list items as "• item" lines. Offsets of
/// blocks (and therefore passages) point into that extracted text, not into the raw HTML: a citation
/// quotes what a reader sees. White space is collapsed as a browser does; no-break spaces are kept.
/// </summary>
internal sealed class HtmlReader
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "form", "iframe", "svg", "button", "select", "object",
    };

    private static readonly HashSet<string> PageChrome = new(StringComparer.OrdinalIgnoreCase) { "header", "footer", "aside" };

    private static readonly HashSet<string> TextBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "blockquote", "figcaption", "dt", "dd", "caption", "address", "pre", "li", "summary",
    };

    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "main", "header", "footer", "aside", "figure", "dl", "body", "html",
        "details", "tbody", "thead", "tfoot", "center",
    };

    private readonly StringBuilder _out = new();
    private readonly StringBuilder _inline = new();
    private readonly List<Block> _blocks = [];

    /// <summary>Reads the HTML page <paramref name="html"/>.</summary>
    public static ReportDocument Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var root = document.QuerySelector("main") ?? document.QuerySelector("article")
            ?? document.QuerySelector("[role=main]") ?? document.Body ?? document.DocumentElement;
        var dropChrome = root == document.Body || root == document.DocumentElement;
        foreach (var element in root.QuerySelectorAll("*").ToArray())
        {
            if (Dropped.Contains(element.LocalName) || (dropChrome && PageChrome.Contains(element.LocalName)))
            {
                element.Remove();
            }
        }

        var reader = new HtmlReader();
        reader.Walk(root);
        reader.FlushInline();
        return new ReportDocument(reader._out.ToString(), ReportFormat.Html, reader._blocks);
    }

    private void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is not IElement element)
            {
                if (child.NodeType == NodeType.Text)
                {
                    _inline.Append(child.TextContent);
                }

                continue;
            }

            var name = element.LocalName;
            if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
            {
                FlushInline();
                Emit(element.TextContent, BlockKind.Heading, name[1] - '0');
            }
            else if (name is "ul" or "ol")
            {
                FlushInline();
                var items = new List<TextSpan>();
                CollectItems(element, items);
                if (items.Count > 0)
                {
                    _blocks.Add(Block.List(items));
                    _out.Append('\n');
                }
            }
            else if (name == "tr")
            {
                FlushInline();
                Emit(string.Join(" | ", element.Children.Select(c => c.TextContent)), BlockKind.Paragraph, 0);
            }
            else if (name == "br")
            {
                _inline.Append('\n');
            }
            else if (TextBlocks.Contains(name))
            {
                FlushInline();
                Emit(element.TextContent, BlockKind.Paragraph, 0);
            }
            else if (Containers.Contains(name) || name == "table")
            {
                FlushInline();
                Walk(element);
                FlushInline();
            }
            else
            {
                _inline.Append(element.TextContent);
            }
        }
    }

    private void CollectItems(IElement list, List<TextSpan> items)
    {
        foreach (var li in list.Children.Where(c => c.LocalName == "li"))
        {
            var own = string.Concat(li.ChildNodes
                .Where(n => n is not IElement { LocalName: "ul" or "ol" })
                .Select(n => n.TextContent));
            var text = Collapse(own);
            if (text.Length > 0)
            {
                _out.Append("• ");
                var start = _out.Length;
                _out.Append(text);
                items.Add(new TextSpan(start, _out.Length));
                _out.Append('\n');
            }

            foreach (var nested in li.Children.Where(c => c.LocalName is "ul" or "ol"))
            {
                CollectItems(nested, items);
            }
        }
    }

    private void FlushInline()
    {
        if (_inline.Length > 0)
        {
            Emit(_inline.ToString(), BlockKind.Paragraph, 0);
            _inline.Clear();
        }
    }

    private void Emit(string raw, BlockKind kind, int level)
    {
        var text = Collapse(raw);
        if (text.Length == 0)
        {
            return;
        }

        var start = _out.Length;
        _out.Append(text);
        var span = new TextSpan(start, _out.Length);
        _blocks.Add(kind == BlockKind.Heading ? Block.Heading(span, level) : Block.Paragraph(span));
        _out.Append("\n\n");
    }

    /// <summary>HTML white-space collapsing: runs of space, tab, CR, LF, FF become one space; NBSP stays.</summary>
    internal static string Collapse(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var c in raw)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        var result = sb.ToString();
        return result.Trim();
    }
}

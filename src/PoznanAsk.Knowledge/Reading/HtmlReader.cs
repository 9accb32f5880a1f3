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

    /// <summary>Level given to a paragraph that is only bold text and reads as a heading (below any h1–h5).</summary>
    private const int BoldHeadingLevel = 6;

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
                Emit(TextOf(element), BlockKind.Heading, name[1] - '0');
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
                Emit(string.Join(" | ", element.Children.Select(TextOf)), BlockKind.Paragraph, 0);
            }
            else if (name == "br")
            {
                _inline.Append('\n');
            }
            else if (TextBlocks.Contains(name))
            {
                FlushInline();
                var text = TextOf(element);
                var boldHeading = name == "p" && IsAllBold(element) && HeadingHeuristics.LooksLikeHeading(Collapse(text));
                Emit(text, boldHeading ? BlockKind.Heading : BlockKind.Paragraph, boldHeading ? BoldHeadingLevel : 0);
            }
            else if (name == "table" && FollowsListIntro())
            {
                FlushInline();
                EmitTableAsList(element);
            }
            else if (Containers.Contains(name) || name == "table")
            {
                FlushInline();
                Walk(element);
                FlushInline();
            }
            else
            {
                _inline.Append(TextOf(element));
            }
        }
    }

    private void CollectItems(IElement list, List<TextSpan> items)
    {
        foreach (var li in list.Children.Where(c => c.LocalName == "li"))
        {
            var own = string.Concat(li.ChildNodes
                .Where(n => n is not IElement { LocalName: "ul" or "ol" })
                .Select(n => n is IElement e && (TextBlocks.Contains(e.LocalName) || Containers.Contains(e.LocalName)) ? " " + TextOf(n) + " " : TextOf(n)));
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

    /// <summary>Whether the last block is a paragraph introducing a list ("…należały:", "…członkiem 12 organizacji").</summary>
    private bool FollowsListIntro()
    {
        FlushInline();
        if (_blocks.Count == 0 || _blocks[^1].Kind != BlockKind.Paragraph)
        {
            return false;
        }

        var paragraph = _blocks[^1].Span.Of(_out.ToString());
        return paragraph.EndsWith(':') || Facts.MembershipIntro.IsMembershipCue(paragraph);
    }

    /// <summary>
    /// A table right after a list intro is a list (reports tabulate organisations with a description
    /// column): one item per data row, cells joined by " | "; rows of header cells only are skipped.
    /// </summary>
    private void EmitTableAsList(IElement table)
    {
        var items = new List<TextSpan>();
        foreach (var row in table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table))
        {
            var cells = row.Children.Where(c => c.LocalName is "td" or "th").ToArray();
            if (cells.Length == 0 || cells.All(c => c.LocalName == "th"))
            {
                continue;
            }

            var text = string.Join(" | ", cells.Select(c => Collapse(TextOf(c))).Where(t => t.Length > 0));
            if (text.Length > 0)
            {
                _out.Append("• ");
                var start = _out.Length;
                _out.Append(text);
                items.Add(new TextSpan(start, _out.Length));
                _out.Append('\n');
            }
        }

        if (items.Count > 0)
        {
            _blocks.Add(Block.List(items));
            _out.Append('\n');
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

    /// <summary>The text of a node, with a space for <c>br</c> and around block children (so "a&lt;br&gt;b" is not "ab").</summary>
    private static string TextOf(INode node)
    {
        if (node.NodeType == NodeType.Text)
        {
            return node.TextContent;
        }

        var sb = new StringBuilder();
        Append(node, sb);
        return sb.ToString();

        static void Append(INode node, StringBuilder sb)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType == NodeType.Text)
                {
                    sb.Append(child.TextContent);
                }
                else if (child is IElement element)
                {
                    var block = element.LocalName == "br" || TextBlocks.Contains(element.LocalName) || Containers.Contains(element.LocalName);
                    if (block)
                    {
                        sb.Append(' ');
                    }

                    Append(element, sb);
                    if (block)
                    {
                        sb.Append(' ');
                    }
                }
            }
        }
    }

    /// <summary>Whether every non-blank text of <paramref name="element"/> lies inside <c>strong</c> or <c>b</c>.</summary>
    private static bool IsAllBold(IElement element)
    {
        var any = false;
        foreach (var text in element.Descendants().Where(n => n.NodeType == NodeType.Text && n.TextContent.Trim().Length > 0))
        {
            any = true;
            if (!text.Ancestors<IElement>().TakeWhile(a => a != element).Any(a => a.LocalName is "strong" or "b"))
            {
                return false;
            }
        }

        return any;
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

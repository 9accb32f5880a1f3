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
/// A whole saved page is cut down to its article first (<see cref="HtmlBoilerplate"/>). Image alt texts
/// and figure captions become caption blocks placed after all content (so the content's text and
/// offsets are those of the page without pictures); a block of logos only after a list intro is a
/// <c>list-images</c> warning. The page's canonical URL and title come from its head (<see cref="HtmlMetadata"/>).
/// </summary>
internal sealed class HtmlReader
{
    private static readonly HashSet<string> TextBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "blockquote", "dt", "dd", "caption", "address", "pre", "li", "summary",
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

    private readonly List<(string Text, int After)> _captions = [];
    private readonly List<Model.IngestWarning> _warnings = [];

    /// <summary>Reads the HTML page <paramref name="html"/> (an excerpt or a whole page as a browser saves it).</summary>
    public static ReportDocument Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var (url, title) = (HtmlMetadata.CanonicalUrl(document), HtmlMetadata.Title(document));
        var root = HtmlBoilerplate.ContentRoot(document);
        var reader = new HtmlReader();
        reader.Walk(root);
        reader.FlushInline();
        reader.EmitCaptions();
        return new ReportDocument(reader._out.ToString(), ReportFormat.Html, reader._blocks) { Url = url, Title = title, Warnings = reader._warnings };
    }

    /// <summary>Alt texts and figure captions go after the content, each with the block it followed.</summary>
    private void EmitCaptions()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, after) in _captions)
        {
            if (!seen.Add(text))
            {
                continue;
            }

            if (_out.Length > 0 && _out[^1] != '\n')
            {
                _out.Append("\n\n");
            }

            var start = _out.Length;
            _out.Append(text);
            _blocks.Add(Block.Caption(new TextSpan(start, _out.Length), after));
            _out.Append("\n\n");
        }
    }

    /// <summary>Records the alt texts of the images in <paramref name="element"/> (itself included) and its figure captions.</summary>
    private void CollectImages(IElement element)
    {
        var images = element.LocalName is "img" or "figcaption" ? [element] : element.QuerySelectorAll("img, figcaption").ToArray();
        foreach (var image in images)
        {
            var text = Collapse(image.LocalName == "img" ? image.GetAttribute("alt") ?? string.Empty : image.TextContent);
            if (text.Length > 0)
            {
                _captions.Add((text, _blocks.Count - 1));
            }
        }
    }

    /// <summary>
    /// After a list intro, a block of pictures only (logos with alt text, no words) is a list the report
    /// gives as images: its names are captions, not facts, and a warning says so.
    /// </summary>
    private bool IsImageList(IElement element)
    {
        if (element.QuerySelectorAll("img[alt]").Count(i => Collapse(i.GetAttribute("alt") ?? string.Empty).Length > 0) < 2
            || Collapse(TextOf(element)).Length > 0 || !FollowsListIntro())
        {
            return false;
        }

        var intro = _blocks[^1].Span.Of(_out.ToString());
        _warnings.Add(new Model.IngestWarning(string.Empty, "list-images",
            $"Lista po „{(intro.Length > 80 ? intro[..80] + "…" : intro)}” składa się z samych obrazów (logotypów): ich opisy (alt) zapisano jako podpisy, nie jako członkostwa."));
        return true;
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
            if (name is "img" or "figcaption")
            {
                CollectImages(element);
                continue;
            }

            if (name != "table" && IsImageList(element))
            {
                CollectImages(element);
                continue;
            }

            if (!Containers.Contains(name) && name != "table")
            {
                // Read as text (not walked): its pictures' alt texts would be lost otherwise.
                CollectImages(element);
            }

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

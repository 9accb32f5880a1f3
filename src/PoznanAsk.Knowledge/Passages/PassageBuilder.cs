using PoznanAsk.Knowledge.Facts;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Reading;
using PoznanAsk.Knowledge.Registry;
using PoznanAsk.Knowledge.Text;

namespace PoznanAsk.Knowledge.Passages;

/// <summary>
/// Turns a read report into passages. Headings build the section path. A list and the paragraph
/// that introduces it (the paragraph right before it, when it ends with ':' or states a membership;
/// a "Są to …:" paragraph brings the one before it along) form one List passage whose text is the
/// exact source range from the intro to the last item; each item is also a ListItem passage. Other
/// paragraphs are Paragraph passages. In plain text, where every heading reads as level 1, a
/// heading naming an item of an earlier list (an organisation's own section, e.g. "EUROCITIES" after
/// the membership list) is nested one level down. Caption blocks (image alt texts, figure captions)
/// become Caption passages in the section of the block they followed. A PDF passage gets the page it
/// starts on and the page breaks inside it.
/// </summary>
internal sealed class PassageBuilder
{
    private const string Separator = " › ";

    private readonly ReportDocument _document;
    private readonly string _source;
    private readonly int? _year;
    private readonly string? _url;
    private readonly string? _title;
    private readonly Dictionary<(PassageKind, string), int> _ordinals = [];

    private PassageBuilder(ReportDocument document, string source, int? year, string? url, string? title)
    {
        _document = document;
        _source = source;
        _year = year;
        _url = url;
        _title = title;
    }

    /// <summary>Builds the passages of <paramref name="document"/> read from <paramref name="source"/>.</summary>
    public static PassageSet Build(ReportDocument document, string source, int? year, string? url, string? title) =>
        new PassageBuilder(document, source, year, url, title).Run();

    private PassageSet Run()
    {
        var blocks = _document.Blocks;
        var text = _document.Text;
        var levels = HeadingLevels();
        var intros = FindIntros();
        var consumed = intros.Values.SelectMany(v => v).ToHashSet();

        var passages = new List<Passage>();
        var lists = new List<ListInfo>();
        var headings = new List<(int Level, string Text)>();
        var sectionAt = new string[blocks.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            switch (block.Kind)
            {
                case BlockKind.Caption:
                    // Captions follow all content; their section is that of the block they followed.
                    passages.Add(Make(PassageKind.Caption, block.Span, block.After >= 0 ? sectionAt[block.After] : string.Empty));
                    break;
                case BlockKind.Heading:
                    headings.RemoveAll(h => h.Level >= levels[b]);
                    headings.Add((levels[b], NameText.Clean(block.Span.Of(text))));
                    break;
                case BlockKind.Paragraph when !consumed.Contains(b):
                    passages.Add(Make(PassageKind.Paragraph, block.Span, Section(headings)));
                    break;
                case BlockKind.List:
                    var introBlocks = intros.GetValueOrDefault(b);
                    TextSpan? intro = introBlocks is { Count: > 0 }
                        ? new TextSpan(blocks[introBlocks[0]].Span.Start, blocks[introBlocks[^1]].Span.End)
                        : null;
                    var section = Section(headings);
                    var list = Make(PassageKind.List, new TextSpan(intro?.Start ?? block.Span.Start, block.Span.End), section);
                    passages.Add(list);
                    var items = block.Items.Select(i => Make(PassageKind.ListItem, i, section, list.Id)).ToArray();
                    passages.AddRange(items);
                    lists.Add(new ListInfo(list, intro, items, headings.Select(h => h.Text).ToArray()));
                    break;
            }

            sectionAt[b] = Section(headings);
        }

        return new PassageSet(passages, lists);
    }

    private Passage Make(PassageKind kind, TextSpan span, string section, string? parent = null)
    {
        var text = span.Of(_document.Text);
        var ordinal = _ordinals.GetValueOrDefault((kind, text));
        _ordinals[(kind, text)] = ordinal + 1;
        var id = StableId.Of("p", _source, kind, text, ordinal);
        // A file without a report year (a listing page with teasers of several years' articles): a
        // passage that states its own year ("W 2017 r. …") belongs to that year; others stay undated.
        var year = _year ?? Years.ReportYearDetector.Detect(text).Year;
        return new Passage(id, _source, year, section, kind, text, span.Start, span.End, parent, _url, _title,
            _document.PageAt(span.Start), _document.PageBreaksIn(span.Start, span.End));
    }

    private static string Section(List<(int Level, string Text)> headings) => string.Join(Separator, headings.Select(h => h.Text));

    private Dictionary<int, List<int>> FindIntros()
    {
        var blocks = _document.Blocks;
        var result = new Dictionary<int, List<int>>();
        for (var b = 1; b < blocks.Count; b++)
        {
            if (blocks[b].Kind != BlockKind.List || blocks[b - 1].Kind != BlockKind.Paragraph)
            {
                continue;
            }

            var paragraph = blocks[b - 1].Span.Of(_document.Text);
            if (!paragraph.EndsWith(':') && !MembershipIntro.IsMembershipCue(paragraph))
            {
                continue;
            }

            var intro = new List<int> { b - 1 };
            if (MembershipIntro.IsContinuation(paragraph) && b >= 2 && blocks[b - 2].Kind == BlockKind.Paragraph)
            {
                intro.Insert(0, b - 2);
            }

            result[b] = intro;
        }

        return result;
    }

    private int[] HeadingLevels()
    {
        var blocks = _document.Blocks;
        var levels = blocks.Select(b => b.Level).ToArray();
        if (_document.Format != ReportFormat.PlainText)
        {
            return levels;
        }

        var itemKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Kind == BlockKind.List)
            {
                foreach (var item in blocks[b].Items)
                {
                    itemKeys.UnionWith(NameVariants.Of(NameText.Clean(item.Of(_document.Text))).Select(v => v.LooseKey));
                }
            }
            else if (blocks[b].Kind == BlockKind.Heading
                && NameVariants.Of(NameText.Clean(blocks[b].Span.Of(_document.Text))).Any(v => itemKeys.Contains(v.LooseKey)))
            {
                levels[b] = 2;
            }
        }

        return levels;
    }
}

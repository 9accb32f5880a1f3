using PoznanAsk.Answering.Facts;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// Collects the citations of one answer, numbered in order of first use. One passage is one citation: a list
/// and its intro sentence are one passage, so citing a list cites the whole list, and citing one of its items
/// (or another sentence of a passage already cited) returns the same number — the citation widens to cover
/// both spans. An item gets a number of its own only when its evidence differs: another list, or another PDF
/// page than the one the list's citation starts on. Every quote is the source text at its offsets, and no two
/// citations have the same <see cref="Citation.Label"/>.
/// </summary>
internal sealed class CitationList
{
    private readonly KnowledgeView _view;
    private readonly List<Citation> _items = [];
    private readonly List<string> _roots = [];

    /// <summary>Creates an empty list.</summary>
    public CitationList(KnowledgeView view) => _view = view;

    /// <summary>The citations so far.</summary>
    public IReadOnlyList<Citation> Items => _items;

    /// <summary>Cites a membership list item: its list's citation when that covers it, else the item alone.</summary>
    public int Cite(MembershipFact fact)
    {
        var list = _view.Passage(fact.ListPassageId);
        var item = _view.Passage(fact.ItemPassageId);
        var container = list ?? item;
        return Add(fact.ListPassageId, container, item?.Id ?? fact.ItemPassageId, fact.Source, fact.Year, item?.Section ?? container?.Section ?? string.Empty, fact.Quote, fact.Start, fact.End, container);
    }

    /// <summary>Cites a list: the intro sentence and its items, one passage.</summary>
    public int Cite(MembershipList list)
    {
        if (_view.Passage(list.PassageId) is { } passage)
        {
            return Cite(passage, 0, passage.Text.Length);
        }

        return Add(list.PassageId, null, list.PassageId, list.Source, list.Year, string.Empty, list.IntroSentence, list.IntroStart, list.IntroEnd, null);
    }

    /// <summary>Cites the sentence of a dated event.</summary>
    public int Cite(EventFact fact)
    {
        if (_view.Passage(fact.PassageId) is { } passage && fact.Start >= passage.Start && fact.End <= passage.End)
        {
            return Cite(passage, fact.Start - passage.Start, fact.End - passage.Start);
        }

        return Add(fact.PassageId, null, fact.PassageId, fact.Source, fact.Year, string.Empty, fact.Quote, fact.Start, fact.End, null);
    }

    /// <summary>Cites a span of a passage (offsets relative to the passage text).</summary>
    public int Cite(Passage passage, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(passage);
        // A list item belongs to its list: the list passage is the citable unit that contains it.
        var container = passage.ParentId is { } parent && _view.Passage(parent) is { } list && list.Source == passage.Source
            && list.Start <= passage.Start && list.End >= passage.End ? list : passage;
        return Add(container.Id, container, passage.Id, passage.Source, passage.Year, passage.Section, passage.Text[start..end], passage.Start + start, passage.Start + end, container);
    }

    private int Add(string root, Passage? container, string passageId, string source, int? year, string section, string quote, int start, int end, Passage? pages)
    {
        var page = pages?.PageAt(start);
        for (var i = 0; i < _items.Count; i++)
        {
            var c = _items[i];
            if (c.Source != source)
            {
                continue;
            }

            if (c.Start <= start && c.End >= end && (c.Page == page || _roots[i] != root))
            {
                return c.Number; // already quoted, whole
            }

            if (_roots[i] == root && c.Page == page && container is not null)
            {
                _items[i] = Widen(c, container, Math.Min(c.Start, start), Math.Max(c.End, end));
                return c.Number;
            }
        }

        var citation = new Citation(_items.Count + 1, passageId, source, year, section, quote, start, end, Citation.UrlAt(pages?.Url, page), page);
        _items.Add(citation with { Label = CitationLabel.Distinct(citation, _items.Select(x => x.Label).ToHashSet(StringComparer.Ordinal)) });
        _roots.Add(root);
        return citation.Number;
    }

    // The union of two spans of one passage, quoted from the passage (so the quote stays the source text).
    private Citation Widen(Citation c, Passage container, int start, int end)
    {
        var widened = c with
        {
            PassageId = container.Id,
            Section = container.Section,
            Quote = container.Text[(start - container.Start)..(end - container.Start)],
            Start = start,
            End = end,
        };
        var others = _items.Where(x => x.Number != c.Number).Select(x => x.Label).ToHashSet(StringComparer.Ordinal);
        return widened with { Label = CitationLabel.Distinct(widened, others) };
    }
}

using PoznanAsk.Answering.Facts;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// Collects the citations of one answer, numbered in order of first use; citing the same quote
/// twice returns the same number. Every quote is a substring of its source at the offsets given.
/// </summary>
internal sealed class CitationList
{
    private readonly KnowledgeView _view;
    private readonly List<Citation> _items = [];

    /// <summary>Creates an empty list.</summary>
    public CitationList(KnowledgeView view) => _view = view;

    /// <summary>The citations so far.</summary>
    public IReadOnlyList<Citation> Items => _items;

    /// <summary>Cites a membership list item.</summary>
    public int Cite(MembershipFact fact)
    {
        var passage = _view.Passage(fact.ItemPassageId) ?? _view.Passage(fact.ListPassageId);
        return Add(fact.ItemPassageId, fact.Source, fact.Year, passage?.Section ?? string.Empty, fact.Quote, fact.Start, fact.End, passage?.Url, passage?.PageAt(fact.Start));
    }

    /// <summary>Cites the intro sentence of a list.</summary>
    public int Cite(MembershipList list)
    {
        var passage = _view.Passage(list.PassageId);
        return Add(list.PassageId, list.Source, list.Year, passage?.Section ?? string.Empty, list.IntroSentence, list.IntroStart, list.IntroEnd, passage?.Url, passage?.PageAt(list.IntroStart));
    }

    /// <summary>Cites the sentence of a dated event.</summary>
    public int Cite(EventFact fact)
    {
        var passage = _view.Passage(fact.PassageId);
        return Add(fact.PassageId, fact.Source, fact.Year, passage?.Section ?? string.Empty, fact.Quote, fact.Start, fact.End, passage?.Url, passage?.PageAt(fact.Start));
    }

    /// <summary>Cites a span of a passage (offsets relative to the passage text).</summary>
    public int Cite(Passage passage, int start, int end) =>
        Add(passage.Id, passage.Source, passage.Year, passage.Section, passage.Text[start..end], passage.Start + start, passage.Start + end, passage.Url, passage.PageAt(passage.Start + start));

    private int Add(string passageId, string source, int? year, string section, string quote, int start, int end, string? url, int? page)
    {
        var existing = _items.FindIndex(c => c.Source == source && c.Start == start && c.End == end);
        if (existing >= 0)
        {
            return existing + 1;
        }

        _items.Add(new Citation(_items.Count + 1, passageId, source, year, section, quote, start, end, Citation.UrlAt(url, page), page));
        return _items.Count;
    }
}

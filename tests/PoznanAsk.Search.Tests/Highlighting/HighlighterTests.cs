using PoznanAsk.Search.Highlighting;
using PoznanAsk.Search.Tests.Fakes;

namespace PoznanAsk.Search.Tests.Highlighting;

public sealed class HighlighterTests : IDisposable
{
    private readonly SampleIndex _index = new();

    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "eurocities", "Poznań należy do stowarzyszenia Eurocities oraz do Związku Metropolii Polskich.", ["Eurocities"] },
        { "\"związku metropolii\"", "Związek miast. Poznań należy do Związku Metropolii Polskich, a nie do związku gmin.", ["Związku", "Metropolii"] },
        { "stowarzysz*", "Stowarzyszenie gmin i stowarzyszenia miast.", ["Stowarzyszenie", "stowarzyszenia"] },
        { "text.folded:zwiazku", "Członek Związku Miast Polskich.", ["Związku"] },
        { "budzet~1", "Budżet miasta; budżety gmin.", ["Budżet"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Highlight_Query_MarksMatchedWordsByOffset(string query, string text, string[] expected)
    {
        var sut = new Highlighter(_index.Searcher, TestIndex.Analyzers);
        var fragments = sut.Highlight(_index.Parser.Parse(query), "text", text, maxFragments: 3);
        var marked = fragments.SelectMany(f => f.Matches).Select(m => text[m.Start..m.End]).ToArray();
        Assert.Equal(expected, marked);
        Assert.All(fragments, f => Assert.Equal(text[f.Start..f.End], f.Text));
    }

    [Fact]
    public void Highlight_LongText_PicksSentenceWithMostDistinctTerms()
    {
        var text = "Wstęp o mieście. Poznań to miasto. Poznań należy do Eurocities od lat. Koniec raportu.";
        var sut = new Highlighter(_index.Searcher, TestIndex.Analyzers);
        var best = Assert.Single(sut.Highlight(_index.Parser.Parse("poznań eurocities"), "text", text));
        Assert.Equal("Poznań należy do Eurocities od lat.", best.Text);
        Assert.Equal(2, best.Matches.Count);
    }

    [Fact]
    public void Highlight_NoMatch_ReturnsOpeningSentenceUnmarked()
    {
        var sut = new Highlighter(_index.Searcher, TestIndex.Analyzers);
        var f = Assert.Single(sut.Highlight(_index.Parser.Parse("kolej"), "text", "Pierwsze zdanie. Drugie zdanie."));
        Assert.Equal("Pierwsze zdanie.", f.Text);
        Assert.Empty(f.Matches);
    }

    [Fact]
    public void Highlight_StoredHit_UsesStoredText()
    {
        var sut = new Highlighter(_index.Searcher, TestIndex.Analyzers);
        var query = _index.Parser.Parse("uchwałę");
        var hit = _index.Searcher.Search(query, 1).Hits[0];
        var f = Assert.Single(sut.Highlight(query, hit.Doc, "text"));
        Assert.Equal("uchwałę", f.Text[(f.Matches[0].Start - f.Start)..(f.Matches[0].End - f.Start)]);
    }

    public void Dispose() => _index.Dispose();
}

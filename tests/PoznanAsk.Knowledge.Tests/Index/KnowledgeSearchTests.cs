using PoznanAsk.Knowledge.Index;
using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Testing;

namespace PoznanAsk.Knowledge.Tests.Index;

/// <summary>The search façade over Lucene.Net: user syntax (classic parser), errors with what and where, filters, snippets.</summary>
public sealed class KnowledgeSearchTests
{
    private static readonly Lazy<(Knowledge.Model.KnowledgeBase Knowledge, IKnowledgeSearch Search)> Seeds = new(() =>
    {
        var knowledge = KnowledgeLoader.LoadFolder(TestPaths.Seeds).Knowledge;
        return (knowledge, KnowledgeSearch.InMemory(knowledge, IndexAnalyzers.Of(Support.Analysis.WithLemmas), facts: true));
    });

    private static IKnowledgeSearch Search => Seeds.Value.Search;

    public static TheoryData<string, string, int> BadQueries => new()
    {
        { "(", "Brak nawiasu zamykającego", 0 },
        { "Unia AND", "Po operatorze AND brakuje słowa", 5 },
        { "foo:bar", "Nie ma pola „foo”, po którym można szukać", 3 },
        { "\"Unia Metropolii", "Brak cudzysłowu zamykającego", 0 },
        { "Unia)", "Nawias zamykający bez otwierającego", 4 },
        { "*unia", "Wyraz nie może zaczynać się od „*” ani „?”", 0 },
        { "year:dwa", "„dwa” nie jest rokiem (pole year przyjmuje liczbę, np. year:2017)", 5 },
        { "unia /[/", "Niepoprawne wyrażenie regularne między ukośnikami /…/ (ukośnik w zwykłym słowie poprzedź znakiem \\)", 5 },
        { "/(unia/", "Niepoprawne wyrażenie regularne między ukośnikami /…/ (ukośnik w zwykłym słowie poprzedź znakiem \\)", 0 },
        { "~", "Znak „~” musi stać zaraz po słowie lub frazie (np. Poznan~ albo \"Miast Polskich\"~2)", 0 },
        { "^", "Znak „^” musi stać zaraz po słowie lub frazie i przed liczbą (np. Eurocities^2)", 0 },
        { "unia ^", "Znak „^” musi stać zaraz po słowie lub frazie i przed liczbą (np. Eurocities^2)", 5 },
    };

    /// <summary>No message names an empty character („”), whatever the lexer's token holds.</summary>
    [Theory]
    [InlineData("~")]
    [InlineData("^")]
    [InlineData("~~")]
    [InlineData("^2")]
    [InlineData("unia ^")]
    [InlineData("(^)")]
    public void Search_LoneModifier_MessageNeverNamesAnEmptyCharacter(string query)
    {
        var error = Assert.Throws<InvalidQueryException>(() => Search.Search(new IndexQuery(query)));
        Assert.DoesNotContain("„”", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Position, 0, query.Length);
    }

    [Theory]
    [MemberData(nameof(BadQueries))]
    public void Search_QueryThatDoesNotParse_ThrowsInvalidQuerySayingWhatAndWhere(string query, string message, int position)
    {
        var error = Assert.Throws<InvalidQueryException>(() => Search.Search(new IndexQuery(query)));
        Assert.Equal(message, error.Message);
        Assert.Equal(position, error.Position);
        Assert.IsAssignableFrom<KnowledgeException>(error);
    }

    [Theory]
    [InlineData("year:2017")]
    [InlineData("Eurocities year:[2017 TO 2017]")]
    public void Search_YearInTheQuery_IsANumericFilterOnTheIntField(string query)
    {
        var hits = Search.Search(new IndexQuery(query, Top: 100)).Hits;
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(2017, h.Year));
    }

    [Fact]
    public void Search_YearAndKindFilters_KeepOnlyThoseDocuments()
    {
        var all = Search.Search(new IndexQuery("Związek Miast Polskich", Top: 100));
        var facts = Search.Search(new IndexQuery("Związek Miast Polskich", Year: 2017, Kind: HitKind.Fact, Top: 100));
        Assert.True(all.TotalHits > facts.TotalHits);
        Assert.NotEmpty(facts.Hits);
        Assert.All(facts.Hits, h => Assert.True(h.Kind == HitKind.Fact && h.Year == 2017));
    }

    [Fact]
    public void Search_InflectedAndUnaccentedWords_MatchThroughLemmaAndFoldedFields_AndAreHighlightedInSentences()
    {
        var hits = Search.Search(new IndexQuery("zwiazku miast", Kind: HitKind.Passage)).Hits;
        Assert.NotEmpty(hits);
        var snippet = hits[0].Snippets[0];
        Assert.NotEmpty(snippet.Highlights);
        var marked = snippet.Highlights.Select(h => snippet.Text.Substring(h.Start, h.Length).ToLowerInvariant()).ToList();
        Assert.Contains(marked, w => w.StartsWith("związ", StringComparison.Ordinal) || w.StartsWith("zwiaz", StringComparison.Ordinal));
        Assert.True(snippet.Text.Length <= SnippetHighlighter.MaxChars);
        var passage = Seeds.Value.Knowledge.PassagesById[hits[0].Id];
        Assert.Contains(snippet.Text, passage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zwiazku miast")]
    [InlineData("\"Związek Miast Polskich\" OR Eurocities")]
    [InlineData("\"Unia Metropolii Polskich\"~2 year:2023")]
    [InlineData("współpraca międzynarodowa")]
    public void Search_SameQueryAgain_ReplayedTokensMarkTheSameSnippets(string query)
    {
        var knowledge = Seeds.Value.Knowledge;
        var sut = KnowledgeSearch.InMemory(knowledge, IndexAnalyzers.Of(Support.Analysis.WithLemmas), facts: true);

        var analysed = sut.Search(new IndexQuery(query, Top: 20)).Hits;
        var replayed = sut.Search(new IndexQuery(query, Top: 20)).Hits;

        Assert.NotEmpty(analysed);
        Assert.Contains(analysed, h => h.Snippets.Any(s => s.Highlights.Count > 0));
        Assert.Equal(Render(analysed), Render(replayed));

        static string[] Render(IReadOnlyList<IndexHit> hits) =>
            [.. hits.SelectMany(h => h.Snippets.Select(s => h.Id + ": " + s.Text + " " + string.Join(",", s.Highlights)))];
    }

    [Fact]
    public void SearchPassages_WordGroups_RankPassagesAndCountThem()
    {
        var word = new WordQuery([new TermGroup(SearchField.Folded, ["eurocities"], 1f)]);
        Assert.True(Search.CountPassages(word) > 0);
        var top = Search.SearchPassages([word], year: null, top: 3);
        Assert.NotEmpty(top);
        Assert.All(top, p => Assert.Contains("eurocities", Seeds.Value.Knowledge.PassagesById[p.PassageId].Text, StringComparison.OrdinalIgnoreCase));
        Assert.True(top.Zip(top.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }
}

using System.Text.RegularExpressions;
using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Evaluation;
using PoznanAsk.Answering.Facts;
using PoznanAsk.Answering.Tests.Support;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Tests.Answers;

/// <summary>Citations people can read: a list is cited once, an item only when its evidence differs, no source row twice.</summary>
public sealed partial class CitationListTests
{
    // (question, the list intro the one citation starts with, items the answer names)
    public static TheoryData<string, string, int> ListQuestions { get; } = new()
    {
        { "Do jakich organizacji krajowych należał Poznań w 2017 r.?", "Miasto Poznań jest członkiem 15 krajowych", 15 },
        { "Do jakich organizacji międzynarodowych należał Poznań w 2017?", "Miasto Poznań jest członkiem 11 organizacji", 11 },
        { "Do jakich organizacji krajowych należał Poznań w 2023 r.?", "Miasto Poznań było członkiem 16 krajowych", 16 },
        { "Which national organisations was Poznań a member of in 2023?", "Miasto Poznań było członkiem 16 krajowych", 16 },
    };

    [Theory]
    [MemberData(nameof(ListQuestions))]
    public void ListAnswer_OneList_IsCitedOnceAndItsItemsCarryNoMarker(string question, string intro, int items)
    {
        var answer = Corpora.Engine(Corpora.Seeds).Ask(question);

        var citation = Assert.Single(answer.Citations);
        Assert.StartsWith(intro, citation.Quote.Replace('\u00A0', ' '), StringComparison.Ordinal);
        var itemLines = answer.Text.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(items, itemLines.Count);
        Assert.All(itemLines, l => Assert.DoesNotMatch(@"\[\d+\]", l));
        Assert.All(answer.Facts.Where(f => f.Kind == "membership"), f =>
            Assert.Contains(CitationLabel.OneLine(f.NameAsWritten!), CitationLabel.OneLine(citation.Quote), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Czy Poznań należy do Związku Miast Polskich?")]
    [InlineData("Czy Poznań należy do EUROCITIES?")]
    public void IsMemberAnswer_ItemAndIntroOfOneList_AreOneCitationWithOneMarkerPerLine(string question)
    {
        var answer = Corpora.Engine(Corpora.Seeds).Ask(question);

        var yes = answer.Text.Split('\n').Single(l => l.Contains("**Tak.**", StringComparison.Ordinal));
        Assert.Single(Marker().Matches(yes));
        Assert.Equal(answer.Citations.Count, answer.Citations.Select(c => (c.Year, c.PassageId)).Distinct().Count());
    }

    public static TheoryData<string, string> AllQuestions() => Corpora.AllQuestions();

    [Theory]
    [MemberData(nameof(AllQuestions))]
    public void Answer_SourceRows_AreDistinctShortAndNameNoFile(string corpus, string question)
    {
        var answer = Corpora.Engine(corpus).Ask(question);

        Assert.Equal(answer.Citations.Count, answer.Citations.Select(c => c.Label).Distinct(StringComparer.Ordinal).Count());
        Assert.All(answer.Citations, c =>
        {
            Assert.InRange(c.Label.Length, 1, CitationLabel.MaxChars);
            Assert.DoesNotContain(c.Source, c.Label, StringComparison.Ordinal);
            Assert.StartsWith("Raport o stanie miasta", c.Label, StringComparison.Ordinal);
        });
        // No line of the answer carries the same marker twice.
        Assert.All(answer.Text.Split('\n'), l =>
        {
            var markers = Marker().Matches(l).Select(m => m.Value).ToList();
            Assert.Equal(markers.Count, markers.Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Fact]
    public void CiteItem_ListRunsOntoTheNextPage_ItemOnThatPageGetsItsOwnCitation()
    {
        var sut = new CitationList(new KnowledgeView(PageBreakKnowledge(out var list, out var items)));

        var intro = sut.Cite(list);
        var numbers = items.Select(sut.Cite).ToList();

        Assert.Equal([intro, intro, 2], numbers);
        Assert.Equal([(1, (int?)23, "s. 23"), (2, 24, "s. 24")], sut.Items.Select(c => (c.Number, c.Page, c.PageLabel)));
        Assert.Equal("Metropolia Poznań", sut.Items[1].Quote);
        Assert.EndsWith(", s. 24", sut.Items[1].Label, StringComparison.Ordinal);
        Assert.EndsWith("#page=24", sut.Items[1].Url, StringComparison.Ordinal);
    }

    [Fact]
    public void CiteList_AfterItsItem_WidensTheItemsCitationToTheWholeList()
    {
        var knowledge = PageBreakKnowledge(out var list, out var items);
        var sut = new CitationList(new KnowledgeView(knowledge));

        var item = sut.Cite(items[1]);
        var whole = sut.Cite(list);

        Assert.Equal(item, whole);
        var citation = Assert.Single(sut.Items);
        var passage = knowledge.PassagesById[list.PassageId];
        Assert.Equal(passage.Id, citation.PassageId);
        Assert.Equal(passage.Text, citation.Quote);
        Assert.Equal((passage.Start, passage.End), (citation.Start, citation.End));
    }

    [Fact]
    public void CitePassage_TwoSentencesOfOneParagraph_AreOneCitationCoveringBoth()
    {
        const string text = "W 2023 r. Poznań gościł konferencję sieci Eurocities. Wzięło w niej udział 300 osób. Obrady trwały dwa dni.";
        var paragraph = new Passage("p-akapit", "raport-2023.txt", 2023, "Współpraca › Eurocities", PassageKind.Paragraph, text, 100, 100 + text.Length);
        var sut = new CitationList(new KnowledgeView(new KnowledgeBase([], [paragraph], [], [], [], [], [], [])));
        var first = text.IndexOf("Wzięło", StringComparison.Ordinal);
        var last = text.IndexOf("Obrady", StringComparison.Ordinal);

        var a = sut.Cite(paragraph, first, last - 1);
        var b = sut.Cite(paragraph, last, text.Length);
        var c = sut.Cite(paragraph, first, last - 1);

        Assert.Equal([1, 1, 1], new[] { a, b, c });
        var citation = Assert.Single(sut.Items);
        Assert.Equal(text[first..], citation.Quote);
        Assert.Equal(100 + first, citation.Start);
    }

    [Fact]
    public void CitePassage_TwoParagraphsOfOneSection_GetDistinctLabels()
    {
        var one = new Passage("p-1", "raport-2023.txt", 2023, "Współpraca › Eurocities", PassageKind.Paragraph, "Poznań gościł konferencję sieci Eurocities.", 0, 43);
        var two = new Passage("p-2", "raport-2023.txt", 2023, "Współpraca › Eurocities", PassageKind.Paragraph, "Miasto przewodniczyło forum kultury sieci.", 50, 92);
        var sut = new CitationList(new KnowledgeView(new KnowledgeBase([], [one, two], [], [], [], [], [], [])));

        sut.Cite(one, 0, one.Text.Length);
        sut.Cite(two, 0, two.Text.Length);

        Assert.Equal("Raport o stanie miasta 2023 – Eurocities", sut.Items[0].Label);
        Assert.Equal("Raport o stanie miasta 2023 – Eurocities: „Miasto przewodniczyło forum kultury…”", sut.Items[1].Label);
    }

    // "W 2023 r. … 3 organizacji krajowych:" + three items, the third on page 24 (the list starts on page 23).
    private static KnowledgeBase PageBreakKnowledge(out MembershipList list, out IReadOnlyList<MembershipFact> facts)
    {
        const string source = "raport-2023.pdf";
        const string intro = "W 2023 r. Miasto Poznań należało do 3 organizacji krajowych:";
        string[] names = ["Związek Miast Polskich", "Unia Metropolii Polskich", "Metropolia Poznań"];
        var text = intro + "\n• " + string.Join(";\n• ", names);
        const int at = 5000;
        var starts = names.Select(n => at + text.IndexOf(n, StringComparison.Ordinal)).ToList();
        var listPassage = new Passage("p-lista", source, 2023, "Organizacje krajowe", PassageKind.List, text, at, at + text.Length,
            Url: "https://bip.poznan.pl/raport-2023.pdf", Page: 23, PageBreaks: [starts[2] - 2]);
        var passages = new List<Passage> { listPassage };
        var list2 = new MembershipList(listPassage.Id, source, 2023, MembershipScope.National, intro, at, at + intro.Length, 3, 3);
        var result = new List<MembershipFact>();
        for (var i = 0; i < names.Length; i++)
        {
            var item = new Passage("p-poz-" + i, source, 2023, "Organizacje krajowe", PassageKind.ListItem, names[i], starts[i], starts[i] + names[i].Length,
                ParentId: listPassage.Id, Url: listPassage.Url, Page: i == 2 ? 24 : 23);
            passages.Add(item);
            result.Add(new MembershipFact("f-" + i, "org-" + i, names[i], 2023, MembershipScope.National, listPassage.Id, item.Id, source, names[i], item.Start, item.End));
        }

        list = list2;
        facts = result;
        return new KnowledgeBase([], passages, [list2], result, [], [], [], []);
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Marker();
}

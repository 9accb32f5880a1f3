using PoznanAsk.Answering.Questions;
using PoznanAsk.Answering.Retrieval;
using PoznanAsk.Answering.Tests.Support;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Tests.Retrieval;

public sealed class PassageRetrieverTests
{
    // "index": the knowledge index's fields (stemmed text, lemmas, folded text) as a served engine searches them
    // (the one query path: there is no composer without the Polish analysis).
    public static TheoryData<string, string, string> Found => new()
    {
        { "index", "Mariupol", "Mariupol" },
        { "index", "Mariupolu", "Mariupol" },
        { "index", "Dubrownik", "Dubrowniku" },
        { "index", "przeglosuja", "przegłosują" },
        { "index", "Antwerpia", "Antwerpii" },
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Search_InflectedOrFoldedWord_FindsThePassage(string config, string question, string expected)
    {
        var hits = Retriever(config).Search(WordSplitter.Split(question), null, 3);

        Assert.NotEmpty(hits);
        Assert.Contains(expected, hits[0].Passage.Text, StringComparison.Ordinal);
        Assert.Equal(1.0, hits[0].Coverage, 6);
    }

    [Theory]
    [InlineData("index")]
    public void Search_WordNoPassageHas_CountsAgainstCoverage(string config)
    {
        var hits = Retriever(config).Search(WordSplitter.Split("Mariupol kwzyrtak"), null, 3);

        Assert.NotEmpty(hits);
        Assert.InRange(hits[0].Coverage, 0.01, 0.75);
    }

    [Theory]
    [InlineData("index", 2017)]
    [InlineData("index", 2023)]
    public void Search_Year_OnlyPassagesOfThatYear(string config, int year)
    {
        var hits = Retriever(config).Search(WordSplitter.Split("organizacji członkiem miasto"), year, 20);

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(year, h.Passage.Year));
        Assert.All(hits, h => Assert.NotEqual(PassageKind.ListItem, h.Passage.Kind));
    }

    [Fact]
    public void Search_OnlyStopWords_FindsNothing() =>
        Assert.Empty(Retriever("index").Search(WordSplitter.Split("nie bo się"), null, 3));

    [Theory]
    [InlineData("zwiazku", true, true)]
    [InlineData("zwiazkiem", true, false)]
    [InlineData("kwzyrtak", false, false)]
    public void Vocabulary_Word_KnownAsThePassagesWriteIt(string folded, bool knows, bool exactly)
    {
        var vocabulary = Retriever("index").Vocabulary;

        Assert.Equal(knows, vocabulary.Knows(folded));
        Assert.Equal(exactly, vocabulary.KnowsExactly(folded));
    }

    private static PassageRetriever Retriever(string config) => config == "index"
        ? Corpora.Engine(Corpora.Seeds).Composer.Context.Passages
        : throw new ArgumentOutOfRangeException(nameof(config), config, "Only the knowledge index's fields exist.");
}

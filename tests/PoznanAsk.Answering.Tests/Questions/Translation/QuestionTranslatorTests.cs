using PoznanAsk.Answering.Tests.Support;

namespace PoznanAsk.Answering.Tests.Questions.Translation;

/// <summary>English questions over the Polish seeds: content words become the reports' words.</summary>
public sealed class QuestionTranslatorTests
{
    public static TheoryData<string, string, string> Translated => new()
    {
        { "Where was the general assembly held in 2017?", "assembly", "zgromadzenie" },
        { "How does the city support its economy?", "economy", "gospodarka" },
        { "Which tourism bodies are named?", "tourism", "turystyka" },
    };

    [Theory]
    [MemberData(nameof(Translated))]
    public void Parse_EnglishQuestion_ContentWordHasItsPolishForm(string question, string english, string polish)
    {
        var q = Corpora.Composer(Corpora.Seeds).Parser.Parse(question, null);

        var word = Assert.Single(q.Words, w => q.Text[w.Start..w.End].Equals(english, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(polish, word.Forms);
    }

    [Fact]
    public void Parse_PolishQuestion_IsNotTranslated()
    {
        var q = Corpora.Composer(Corpora.Seeds).Parser.Parse("Jakie projekty realizował Poznań?", null);

        Assert.All(q.Words, w => Assert.Null(w.Alternatives));
        Assert.All(q.Words, w => Assert.Equal(q.Text[w.Start..w.End], w.Text));
    }

    [Fact]
    public void Parse_EnglishQuestion_OrganisationNameIsKept()
    {
        var q = Corpora.Composer(Corpora.Seeds).Parser.Parse("Is Poznań a member of the Union of Polish Metropolises?", null);

        Assert.All(q.Mentions.SelectMany(m => m.WordIndices), i => Assert.Equal(q.Text[q.Words[i].Start..q.Words[i].End], q.Words[i].Text));
    }

    [Fact]
    public void Parse_EnglishQuestion_CueWordKeepsItsTextAndFramesTheQuestion()
    {
        var q = Corpora.Composer(Corpora.Seeds).Parser.Parse("Is Poznań a member of Eurocities?", null);

        Assert.Equal(PoznanAsk.Answering.Answers.Intents.IsMember, q.Intent);
        Assert.Contains(q.Words, w => w.Text == "member" && w.Forms.Contains("czlonek"));
    }

    [Fact]
    public void Parse_WordForTheCityItself_IsNotTranslated()
    {
        var q = Corpora.Composer(Corpora.Seeds).Parser.Parse("How many organisations did the city join?", null);

        Assert.Null(Assert.Single(q.Words, w => w.Text == "city").Alternatives);
    }

    [Fact]
    public void Parse_WordWithoutTranslationTheReportsUse_StaysAsTyped()
    {
        var q = Corpora.Composer(Corpora.Seeds).Parser.Parse("What about the zzyzzx programme?", null);

        Assert.Contains(q.Words, w => w.Text == "zzyzzx" && w.Alternatives is null);
    }
}

using PoznanAsk.Answering.Tests.Support;

namespace PoznanAsk.Answering.Tests.Questions;

/// <summary>Names that share words with a listed organisation but are another one are never linked to it.</summary>
public sealed class AbsentNameTests
{
    [Theory]
    [InlineData("Czy Poznań należy do Unii Metropolii Europejskich?")]
    [InlineData("Is Poznań a member of Unia Metropolii Europejskich?")]
    [InlineData("Czy Poznań należy do organizacji Związek Powiatów Polskich?")]
    [InlineData("Czy Poznań należy do Stowarzyszenia Metropolia Warszawa?")]
    public void Parse_NameSharingWordsWithAListedOne_IsNotLinked(string question)
    {
        var q = Corpora.Composer(Corpora.Seeds).Parser.Parse(question, null);

        Assert.Empty(q.Mentions);
    }

    [Theory]
    [InlineData("Czy Poznań należy do Unii Metropolii Polskich?")]
    [InlineData("Czy Poznań należy do Fundacji Poznań – Ille et Vilaine?")]
    [InlineData("czy poznan nalezy do metropolii poznan")]
    public void Parse_ListedName_IsStillLinked(string question) =>
        Assert.NotEmpty(Corpora.Composer(Corpora.Seeds).Parser.Parse(question, null).Mentions);

    [Fact]
    public void Ask_AbsentNames_NeverAWrongTak()
    {
        var engine = Corpora.Engine(Corpora.Seeds);
        foreach (var line in File.ReadLines(Path.Combine(PoznanAsk.Testing.TestPaths.TestData, "reports-dev", "absent-names.jsonl")))
        {
            var question = System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("question").GetString()!;
            var answer = engine.Ask(question);

            Assert.True(PoznanAsk.Answering.Evaluation.ReportQuestionCheck.Verdict(answer.Text) != true, question + "\n" + answer.Text);
        }
    }
}

using PoznanAsk.Answering.Evaluation;
using PoznanAsk.Answering.Tests.Support;

namespace PoznanAsk.Answering.Tests.Evaluation;

/// <summary>Every question of tests/TestData/questions, one test each, checked like <c>poznanask eval</c> does.</summary>
public sealed class QuestionSetTests
{
    public static TheoryData<string, int, string> SeedQuestions() => Questions(Corpora.Seeds);

    public static TheoryData<string, int, string> MultiYearQuestions() => Questions(Corpora.MultiYear);

    [Theory]
    [MemberData(nameof(SeedQuestions))]
    public void SeedQuestion_Answer_MeetsExpectations(string corpus, int line, string question) => Check(corpus, line, question);

    [Theory]
    [MemberData(nameof(MultiYearQuestions))]
    public void MultiYearQuestion_Answer_MeetsExpectations(string corpus, int line, string question) => Check(corpus, line, question);

    [Fact]
    public void EvalRunner_SeedFile_EveryIntentFullyAccurate()
    {
        var result = EvalRunner.Run(Corpora.Engine(Corpora.Seeds), Corpora.QuestionFile(Corpora.Seeds));

        Assert.True(result.Total >= 80, $"only {result.Total} questions");
        Assert.Empty(result.Failures);
        Assert.All(result.PerIntent, i => Assert.Equal(i.Total, i.Passed));
        Assert.Contains(result.PerIntent, i => i.Intent == PoznanAsk.Answering.Answers.Intents.Diff);
    }

    private static void Check(string corpus, int line, string question)
    {
        var engine = Corpora.Engine(corpus);
        var q = EvalRunner.Read(Corpora.QuestionFile(corpus)).Single(x => x.Line == line).Question;
        Assert.Equal(question, q.Question);
        var answer = engine.Ask(q.Question);

        var reasons = EvalRunner.Check(q, answer, engine);

        Assert.True(reasons.Count == 0, $"{question}\n  {string.Join("\n  ", reasons)}\n---\n{answer.Text}\n---\n{string.Join("\n", answer.Citations.Select(c => $"[{c.Number}] {c.Quote}"))}");
    }

    private static TheoryData<string, int, string> Questions(string corpus)
    {
        var data = new TheoryData<string, int, string>();
        foreach (var (line, q) in EvalRunner.Read(Corpora.QuestionFile(corpus)))
        {
            data.Add(corpus, line, q.Question);
        }

        return data;
    }
}

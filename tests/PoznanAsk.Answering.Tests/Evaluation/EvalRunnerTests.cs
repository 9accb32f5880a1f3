using PoznanAsk.Answering.Evaluation;
using PoznanAsk.Answering.Tests.Support;

namespace PoznanAsk.Answering.Tests.Evaluation;

public sealed class EvalRunnerTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "poznanask-eval-" + Guid.NewGuid().ToString("N") + ".jsonl");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Run_WrongExpectations_CountedPerIntentWithReasons()
    {
        File.WriteAllLines(_file,
        [
            "# comment",
            """{"q":"Ile organizacji krajowych w 2023?","intent":"count-memberships","count":16}""",
            """{"q":"Ile organizacji krajowych w 2023?","intent":"count-memberships","count":17}""",
            """{"q":"Czy Poznań należy do ZMP?","intent":"list-memberships"}""",
        ]);

        var result = EvalRunner.Run(Corpora.Engine(Corpora.Seeds), _file);

        Assert.Equal(3, result.Total);
        Assert.Equal(1, result.Passed);
        Assert.Equal(new IntentAccuracy("count-memberships", 2, 1), result.PerIntent.Single(i => i.Intent == "count-memberships"));
        Assert.Contains(result.Failures, f => f.Line == 3 && f.Reasons.Any(r => r.Contains("17", StringComparison.Ordinal)));
        Assert.Contains(result.Failures, f => f.Line == 4 && f.Reasons.Any(r => r.Contains("is-member", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_BadLine_ErrorNamesTheLine()
    {
        File.WriteAllLines(_file, ["""{"q":"ok"}""", "{not json"]);

        var ex = Assert.Throws<AnsweringException>(() => EvalRunner.Read(_file));

        Assert.Contains(":2:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_ErrorNamesIt()
    {
        var ex = Assert.Throws<AnsweringException>(() => EvalRunner.Read(_file + ".missing"));

        Assert.Contains(".missing", ex.Message, StringComparison.Ordinal);
    }
}

using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Evaluation;
using PoznanAsk.Answering.Tests.Support;

namespace PoznanAsk.Answering.Tests.Answers;

public sealed class AnswerAuditTests
{
    public static TheoryData<string, string> AllQuestions() => Corpora.AllQuestions();

    [Theory]
    [MemberData(nameof(AllQuestions))]
    public void Answer_EveryNameNumberAndYear_IsQuotedOrCovered(string corpus, string question)
    {
        var engine = Corpora.Engine(corpus);

        var answer = engine.Ask(question);

        Assert.Empty(AnswerAudit.Check(answer, engine.Knowledge, question));
        Assert.Equal(Enumerable.Range(1, answer.Citations.Count), answer.Citations.Select(c => c.Number));
        Assert.Equal(Enumerable.Range(1, answer.Citations.Count), FirstUse(answer.Text));
        Assert.All(answer.Facts, f => Assert.InRange(f.Citation, 1, answer.Citations.Count));
    }

    [Fact]
    public void Check_InventedCount_IsReported()
    {
        var engine = Corpora.Engine(Corpora.Seeds);
        var honest = engine.Ask("Ile organizacji międzynarodowych w 2017?");
        var invented = honest with { Text = honest.Text + "\nŁącznie 42 organizacje." };

        Assert.Contains(AnswerAudit.Check(invented, engine.Knowledge, "Ile organizacji?"), p => p.Contains("42", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UnquotedOrganisation_IsReported()
    {
        var engine = Corpora.Engine(Corpora.Seeds);
        var honest = engine.Ask("Czy Poznań należy do EUROCITIES?");
        // The answer cites the international list (one passage, every item in it); a national organisation is in no quote.
        var invented = honest with { Text = honest.Text + "\nNależy też do: Unia Metropolii Polskich." };

        Assert.Contains(AnswerAudit.Check(invented, engine.Knowledge, "Czy Poznań należy do EUROCITIES?"), p => p.Contains("Unia Metropolii Polskich", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_QuoteNotAtItsOffsets_IsReported()
    {
        var engine = Corpora.Engine(Corpora.Seeds);
        var honest = engine.Ask("Czy Poznań należy do EUROCITIES?");
        var moved = honest with { Citations = honest.Citations.Select(c => c with { Start = c.Start + 1 }).ToList() };

        Assert.Contains(AnswerAudit.Check(moved, engine.Knowledge, "x"), p => p.Contains("not the source text", StringComparison.Ordinal));
    }

    private static IEnumerable<int> FirstUse(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct();
}

using PoznanAsk.Answering.Service;
using PoznanAsk.Answering.Tests.Support;
using PoznanAsk.Knowledge.Ingest;

namespace PoznanAsk.Answering.Tests.Answers;

/// <summary>
/// A diff of two years whose reports state only how many organisations (the members shown as logos):
/// both stated counts, cited, the direction of the change, and that the names behind it are not given.
/// </summary>
public sealed class StatedCountDiffTests
{
    private static readonly (string File, int Year, string Text)[] Reports =
    [
        ("organizacje-2018.txt", 2018, "Organizacje międzynarodowe\n\nMiasto Poznań w 2018 r. było członkiem 9 organizacji i platform współpracy międzynarodowej zrzeszających miasta i regiony.\n\nW 2018 r. Miasto Poznań szczególnie aktywnie uczestniczyło w pracach sieci EUROCITIES.\n"),
        ("organizacje-2021.txt", 2021, "Organizacje międzynarodowe\n\nMiasto Poznań w 2021 r. było członkiem 8 organizacji i platform współpracy międzynarodowej zrzeszających miasta i regiony.\n\nOrganizacje międzynarodowe, do których należy Miasto Poznań: logotypy organizacji\n"),
        ("krajowe-2021.txt", 2021, "Organizacje krajowe\n\nMiasto Poznań w 2021 r. było członkiem 19 krajowych organizacji i sieci skupiających m.in. inne samorządy.\n"),
    ];

    private static readonly Lazy<PoznanAskEngine> EngineLazy = new(() => Corpora.EngineOver(Reports));

    public static TheoryData<string, string[], string> Diffs => new()
    {
        { "Jak zmieniła się liczba organizacji międzynarodowych, do których należał Poznań, między 2018 a 2021 r.?", ["9", "8", "zmalała", "nie podają"], "19" },
        // No scope named: the counts compared are of one scope (both years state the international one).
        { "Jak zmieniła się liczba organizacji, do których należał Poznań, między 2018 a 2021 r.?", ["9", "8", "zmalała"], "19" },
    };

    [Theory]
    [MemberData(nameof(Diffs))]
    public void Ask_DiffOfStatedCountsWithoutLists_BothCountsCitedAndTheDirection(string question, string[] expected, string notExpected)
    {
        var answer = EngineLazy.Value.Ask(question);

        Assert.True(answer.Found, answer.Text);
        Assert.All(expected, e => Assert.Contains(e, answer.Text, StringComparison.Ordinal));
        Assert.DoesNotContain(notExpected, answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Year == 2018 && c.Quote.Contains("członkiem 9", StringComparison.Ordinal));
        Assert.Contains(answer.Citations, c => c.Year == 2021 && c.Quote.Contains("członkiem 8", StringComparison.Ordinal));
        Assert.Null(PoznanAsk.Answering.Evaluation.ReportQuestionCheck.Verdict(answer.Text));
        Assert.Empty(PoznanAsk.Answering.Answers.AnswerAudit.Check(answer, EngineLazy.Value.Knowledge, question));
    }
}

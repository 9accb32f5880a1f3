using PoznanAsk.Answering.Service;
using PoznanAsk.Answering.Tests.Support;

namespace PoznanAsk.Answering.Tests.Answers;

/// <summary>
/// List questions answered from report text that is not a membership list, on sections the tests write:
/// a list inside a sentence, items inflected after a preposition (given in the nominative, the report's
/// form quoted beside it), a lead-in whose count is not stated (counted, and said so), and the sentence
/// that introduces the list preferred over its twin without the list.
/// </summary>
public sealed class ItemLinesTests
{
    private static readonly (string File, int Year, string Text)[] Reports =
    [
        ("rada-2022.txt", 2022, "Rada Miasta\n\nW 2022 r. odbyło się 21 sesji Rady Miasta Poznania. Radni Miasta Poznania skupieni byli w 3 klubach radnych: Koalicji Obywatelskiej, Prawa i Sprawiedliwości oraz Wspólny Poznań.\n"),
        ("ngo-2022.txt", 2022, "Organizacje pozarządowe\n\nW 2022 r. najwięcej dotacji przyznano na zadania z zakresu:\n\n• pomocy społecznej\n• kultury i sztuki\n• ochrony zdrowia\n"),
        ("teatry-2022.txt", 2022, "Instytucje kultury\n\nMiasto Poznań jest organem prowadzącym dla 3 teatrów miejskich.\n\nMiasto wspiera działalność kulturalną. Miasto Poznań jest organem prowadzącym dla 3 teatrów miejskich. Należą do nich:\n\n• Teatr Muzyczny\n• Teatr Polski\n• Teatr Animacji\n"),
    ];

    private static readonly Lazy<PoznanAskEngine> EngineLazy = new(() => Corpora.EngineOver(Reports));

    public static TheoryData<string, string[]> Lists => new()
    {
        { "Jakie kluby radnych działały w Radzie Miasta Poznania w 2022 r.?", ["- Koalicja Obywatelska („Koalicji Obywatelskiej”)", "- Prawo i Sprawiedliwość („Prawa i Sprawiedliwości”)", "- Wspólny Poznań"] },
        { "Na jakie zadania przyznano najwięcej dotacji w 2022 r.?", ["- pomoc społeczna („pomocy społecznej”)", "- kultura i sztuka („kultury i sztuki”)", "- ochrona zdrowia („ochrony zdrowia”)"] },
        { "Dla jakich teatrów Miasto Poznań było organem prowadzącym w 2022 r.?", ["Teatr Muzyczny", "Teatr Animacji"] },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Ask_ListInText_GivesEveryItemInTheNominativeCited(string question, string[] expected)
    {
        var answer = EngineLazy.Value.Ask(question);

        Assert.True(answer.Found, answer.Text);
        foreach (var line in expected)
        {
            Assert.Contains(line, answer.Text, StringComparison.Ordinal);
        }

        Assert.Single(answer.Citations);
        Assert.Empty(PoznanAsk.Answering.Answers.AnswerAudit.Check(answer, EngineKnowledge(), question));
    }

    [Fact]
    public void Ask_CountOfAListWithoutAStatedNumber_CountsAndSaysSo()
    {
        var answer = EngineLazy.Value.Ask("Ile zakresów zadań z najwięcej dotacji wymienia raport za 2022 r.?");

        Assert.Contains("**3** pozycji (policzone)", answer.Text, StringComparison.Ordinal);
        Assert.Empty(PoznanAsk.Answering.Answers.AnswerAudit.Check(answer, EngineKnowledge(), "Ile zakresów zadań z najwięcej dotacji wymienia raport za 2022 r.?"));
    }

    private static PoznanAsk.Knowledge.Model.KnowledgeBase EngineKnowledge() => EngineLazy.Value.Knowledge;
}

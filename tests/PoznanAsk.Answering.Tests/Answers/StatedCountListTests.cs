using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Service;
using PoznanAsk.Answering.Tests.Support;

namespace PoznanAsk.Answering.Tests.Answers;

/// <summary>
/// A year whose membership page states a count and shows the organisations as logos, on pages the tests
/// write: the list question gets the count and the organisations the page's text names (a glued activity
/// list split, inflected names in the nominative), said to be incomplete; a yes/no on a glued name is "Tak"
/// from the text; a name the page does not name gets no "Nie".
/// </summary>
public sealed class StatedCountListTests
{
    private static readonly (string File, int Year, string Text)[] Reports =
    [
        ("krajowe-2017.txt", 2017, "Organizacje krajowe\n\nMiasto Poznań w 2017 r. było członkiem 2 krajowych organizacji:\n\n• Związek Miast Polskich\n• Unia Metropolii Polskich\n"),
        ("krajowe-2021.txt", 2021, "Organizacje krajowe\n\nMiasto Poznań w 2021 r. było członkiem 14 krajowych organizacji i sieci skupiających samorządy.\n\nlogotypy organizacji krajowych\n\nW 2021 r. aktywność władz Miasta, angażujących się w działania krajowych sieci, najbardziej widoczna była w pracach Unii Metropolii PolskichStowarzyszenia Gmin Wiejskich. Warto także podkreślić dokonania Związku Miast Polskich na polu legislacyjnym.\n"),
    ];

    private static readonly Lazy<PoznanAskEngine> EngineLazy = new(() => Corpora.EngineOver(Reports));

    [Fact]
    public void Ask_ListOfAYearWithACountOnly_GivesTheCountAndTheNamesTheTextGives()
    {
        const string question = "Do jakich organizacji krajowych należało Miasto Poznań w 2021 r.?";

        var answer = EngineLazy.Value.Ask(question);

        Assert.True(answer.Found, answer.Text);
        Assert.Contains("14 krajowych organizacji", answer.Text, StringComparison.Ordinal);
        Assert.Contains("niepełna", answer.Text, StringComparison.Ordinal);
        Assert.Contains("- Unia Metropolii Polskich („Unii Metropolii Polskich”)", answer.Text, StringComparison.Ordinal);
        Assert.Contains("- Stowarzyszenie Gmin Wiejskich („Stowarzyszenia Gmin Wiejskich”)", answer.Text, StringComparison.Ordinal);
        Assert.Contains("- Związek Miast Polskich („Związku Miast Polskich”)", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("**Nie", answer.Text, StringComparison.Ordinal);
        Assert.Empty(AnswerAudit.Check(answer, EngineLazy.Value.Knowledge, question));
    }

    [Theory]
    [InlineData("Czy Poznań należał w 2021 r. do Unii Metropolii Polskich?", true)]
    [InlineData("Czy Poznań należał w 2021 r. do Stowarzyszenia Gmin Wiejskich?", null)]
    public void Ask_MemberOfAYearWithACountOnly_NeverSaysNo(string question, bool? yes)
    {
        var answer = EngineLazy.Value.Ask(question);

        Assert.DoesNotContain("**Nie", answer.Text, StringComparison.Ordinal);
        if (yes == true)
        {
            Assert.StartsWith("**Tak", answer.Text.TrimStart('_', ' '), StringComparison.Ordinal);
        }
    }
}

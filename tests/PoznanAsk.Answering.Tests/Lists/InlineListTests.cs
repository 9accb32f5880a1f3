using PoznanAsk.Answering.Lists;

namespace PoznanAsk.Answering.Tests.Lists;

/// <summary>Lists written inside a sentence, on sentences the tests write in the reports' shapes.</summary>
public sealed class InlineListTests
{
    public static TheoryData<string, string> Sentences => new()
    {
        // After a colon, the last item after "oraz"; "i" inside an item stays.
        { "Radni skupieni byli w 3 klubach radnych: Koalicji Obywatelskiej, Prawa i Sprawiedliwości oraz Wspólny Poznań.", "Koalicji Obywatelskiej|Prawa i Sprawiedliwości|Wspólny Poznań" },
        { "Stowarzyszenie zrzesza gminy spoza jego granic: Szamotuły, Oborniki, Śrem i Skoki.", "Szamotuły|Oborniki|Śrem|Skoki" },
        { "Najwięcej środków przeznaczono na: pomoc społeczną, ochronę zdrowia i edukację.", "pomoc społeczną|ochronę zdrowia|edukację" },
        // No colon: names joined by commas and a final conjunction.
        { "W 2019 r. Miasto szczególnie aktywnie uczestniczyło w pracach EUROCITIES, Związku Miast Polskich i ICLEI.", "EUROCITIES|Związku Miast Polskich|ICLEI" },
        // A glued pair stands for the lost conjunction.
        { "W 2021 r. Miasto uczestniczyło w pracach EUROCITIES, Energy CitiesICLEI.", "EUROCITIES|Energy Cities|ICLEI" },
        { "Aktywność najbardziej widoczna była w pracach Związku Miast PolskichStowarzyszenia Gmin Wiejskich.", "Związku Miast Polskich|Stowarzyszenia Gmin Wiejskich" },
        // Not lists.
        { "Kontynuowano działania w grupie zakupowej, prowadzono projekt i promowano konsultacje.", "" },
        { "W 2019 r. odbyło się 19 sesji Rady Miasta.", "" },
        { "Rekomendacje przedstawiciele wypracowują dla Zarządu i Rady Związku.", "" },
        { "W 2020 r. aktywność władz Miasta, angażujących się w działania sieci, najbardziej widoczna była w pracach Unii Metropolii PolskichStowarzyszenia Metropolia Poznań.", "Unii Metropolii Polskich|Stowarzyszenia Metropolia Poznań" },
        { "Konferencja pn.: „Miasta przyszłości – po kryzysie”.", "" },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Items_SentenceShape_GivesTheItemsAsWritten(string sentence, string expected)
    {
        var items = InlineList.Items(sentence).Select(i => sentence[i.Start..i.End]);

        Assert.Equal(expected, string.Join('|', items));
    }

    [Fact]
    public void Items_StatedCountReached_KeepsTheLastConjunctionInsideTheItem()
    {
        const string sentence = "Środki przeznaczono na 2 obszary: pomocy społecznej, kultury i sztuki.";

        var items = InlineList.Items(sentence, stated: 2).Select(i => sentence[i.Start..i.End]);

        Assert.Equal(["pomocy społecznej", "kultury i sztuki"], items);
    }
}

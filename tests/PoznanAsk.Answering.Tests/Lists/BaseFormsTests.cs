using PoznanAsk.Analysis;
using PoznanAsk.Analysis.Morfologik;
using PoznanAsk.Answering.Lists;
using PoznanAsk.Answering.Tests.Support;

namespace PoznanAsk.Answering.Tests.Lists;

/// <summary>Nominative forms of inflected list items, from the Morfologik tags (the project's dictionary).</summary>
public sealed class BaseFormsTests
{
    private static readonly Lazy<BaseForms> Sut = new(() =>
        new BaseForms(((PolishLemmaAnalyzer)Corpora.Analysis.Get(PolishAnalysis.LemmaName)).Dictionary));

    public static TheoryData<string, string> Lists => new()
    {
        // Genitive items of one list; a name already in the nominative stays.
        { "Koalicji Obywatelskiej|Prawa i Sprawiedliwości|Wspólny Poznań", "Koalicja Obywatelska|Prawo i Sprawiedliwość|Wspólny Poznań" },
        { "pomocy społecznej|kultury i sztuki|ochrona dóbr kultury i dziedzictwa narodowego|wsparcia i upowszechniania kultury fizycznej", "pomoc społeczna|kultura i sztuka|ochrona dóbr kultury i dziedzictwa narodowego|wsparcie i upowszechnianie kultury fizycznej" },
        // The genitive complement of a name stays as written.
        { "Unii Metropolii Polskich|Stowarzyszenia Metropolia Poznań", "Unia Metropolii Polskich|Stowarzyszenie Metropolia Poznań" },
        { "Związku Miast Polskich|Poznańskiego Chóru Chłopięcego", "Związek Miast Polskich|Poznański Chór Chłopięcy" },
        // Nominative lists, plural items and names the dictionary does not know: as written.
        { "Szamotuły|Oborniki|Śrem|Skoki", "Szamotuły|Oborniki|Śrem|Skoki" },
        { "licea ogólnokształcące|technika|szkoły policealne", "licea ogólnokształcące|technika|szkoły policealne" },
        { "EUROCITIES|European Cities Marketing|ICCA", "EUROCITIES|European Cities Marketing|ICCA" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Nominative_ListItems_GivesTheDictionaryForm(string items, string expected)
    {
        var forms = Sut.Value.Nominative(items.Split('|'));

        Assert.Equal(expected, string.Join('|', forms));
    }
}

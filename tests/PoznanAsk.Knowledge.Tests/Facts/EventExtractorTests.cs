using PoznanAsk.Knowledge.Facts;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Passages;
using PoznanAsk.Knowledge.Reading;

namespace PoznanAsk.Knowledge.Tests.Facts;

public sealed class EventExtractorTests
{
    private static IReadOnlyList<EventFact> Extract(string text, int? year = 2020)
    {
        var document = LineParser.Parse(text, markdown: false);
        return EventExtractor.Extract(PassageBuilder.Build(document, "r.txt", year, null, null), text, "r.txt", year);
    }

    public static TheoryData<string, EventKind, string, int> Sentences => new()
    {
        { "W 2019 r. Miasto Poznań przystąpiło do międzynarodowej sieci Healthy Ports, która zrzesza porty.", EventKind.Joined, "Healthy Ports", 2019 },
        { "Poznań został członkiem Stowarzyszenia „Miasta w Internecie” w 2018 r.", EventKind.Joined, "Stowarzyszenia „Miasta w Internecie”", 2018 },
        { "Miasto wystąpiło ze Związku Gmin Pomorskich.", EventKind.Left, "Związku Gmin Pomorskich", 2020 },
        { "W 2021 r. Miasto Poznań zrezygnowało z członkostwa w Forum Miast Granicznych.", EventKind.Left, "Forum Miast Granicznych", 2021 },
        { "W 2022 r. przystąpiono do Porozumienia Burmistrzów.", EventKind.Joined, "Porozumienia Burmistrzów", 2022 },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Extract_JoinOrLeaveSentence_GivesTheEvent(string text, EventKind kind, string name, int year)
    {
        var e = Assert.Single(Extract(text));
        Assert.Equal((kind, name, year), (e.Kind, e.NameAsWritten, e.Year));
        Assert.Equal(e.Quote, text[e.Start..e.End]);
    }

    [Theory]
    [InlineData("W 2019 r. Kraków przystąpił do sieci Healthy Ports.")]
    [InlineData("Miasto Poznań uczestniczyło w spotkaniu sieci Healthy Ports.")]
    [InlineData("Miasto przystąpiło do realizacji projektu.")]
    public void Extract_OtherSubjectOrNoEvent_GivesNothing(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void Extract_NoYearAnywhere_GivesNothing() =>
        Assert.Empty(Extract("Miasto Poznań przystąpiło do sieci Healthy Ports.", year: null));
}

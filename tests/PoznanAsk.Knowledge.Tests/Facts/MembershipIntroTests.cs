using PoznanAsk.Knowledge.Facts;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Knowledge.Tests.Facts;

public sealed class MembershipIntroTests
{
    public static TheoryData<string, bool, int?, MembershipScope> Intros => new()
    {
        { "Miasto Poznań jest członkiem 9 organizacji i platform współpracy międzynarodowej zrzeszającej miasta:", true, 9, MembershipScope.International },
        { "Miasto Poznań było członkiem 21 krajowych organizacji i sieci skupiających m.in. polskie samorządy, do których należały:", true, 21, MembershipScope.National },
        { "Poznań należy do dwunastu sieci zagranicznych:", true, 12, MembershipScope.International },
        { "Miasto jest członkiem dwudziestu trzech stowarzyszeń krajowych. Są to:", true, 23, MembershipScope.National },
        { "Miasto Poznań jest członkiem następujących organizacji samorządowych:", true, null, MembershipScope.National },
        { "W 2019 r. Miasto Poznań było członkiem 7 organizacji krajowych i międzynarodowych:", true, 7, MembershipScope.Unknown },
        { "Organizacje międzynarodowe:", true, null, MembershipScope.International },
        { "W 2019 r.:", false, null, MembershipScope.Unknown },
        { "W ramach członkostwa w ZMP odbyły się:", false, null, MembershipScope.Unknown },
        { "2019 r. był okresem szczególnej aktywności przedstawicieli Miasta w:", false, null, MembershipScope.Unknown },
        { "Do zadań Miasta należy:", false, null, MembershipScope.Unknown },
        { "Miasto Poznań jest organem prowadzącym dla 12 instytucji kultury. Należą do nich:", false, null, MembershipScope.Unknown },
        { "Gmina prowadzi 9 placówek i fundacji. Zaliczają się do nich:", false, null, MembershipScope.Unknown },
        { "Miasto było członkiem 8 stowarzyszeń krajowych. Należą do nich:", true, 8, MembershipScope.National },
    };

    [Theory]
    [MemberData(nameof(Intros))]
    public void Read_IntroSentence_GivesMembershipCountAndScope(string intro, bool membership, int? count, MembershipScope scope)
    {
        var reading = MembershipIntro.Read(intro, []);
        Assert.Equal(membership, reading.IsMembership);
        Assert.Equal(count, reading.StatedCount);
        Assert.Equal(scope, reading.Scope);
    }

    [Theory]
    [InlineData("Organizacje zagraniczne", MembershipScope.International)]
    [InlineData("Współpraca krajowa", MembershipScope.National)]
    [InlineData("Współpraca międzynarodowa i krajowa", MembershipScope.Unknown)]
    public void Read_IntroWithoutScope_TakesTheHeading(string heading, MembershipScope expected) =>
        Assert.Equal(expected, MembershipIntro.Read("Miasto jest członkiem 4 organizacji:", ["Raport", heading]).Scope);
}

using PoznanAsk.Knowledge.Years;

namespace PoznanAsk.Knowledge.Tests.Years;

public sealed class ReportYearDetectorTests
{
    public static TheoryData<string, int?> Texts => new()
    {
        { "W 2019 r. Miasto Poznań przystąpiło do sieci. W 2019 r. odbyły się spotkania.", 2019 },
        { "Miasto w 2021 r. kontynuowało współpracę.", 2021 },
        { "2016 r. był okresem wzmożonej aktywności.", 2016 },
        { "Działania prowadzone w roku 2022 obejmowały szkolenia.", 2022 },
        { "W 2024 roku zorganizowano konferencję.", 2024 },
        { "W 2020 r. odbyły się 4 szkolenia (w 2019 r. – 3). W 2020 r. wydano poradnik. W 2020 r. zorganizowano webinaria.", 2020 },
        { "Rok szkolny 2023/2024 przyniósł nowe klasy, 5 lat funkcjonowania kolei.", null },
        { "W latach 2014–2020 realizowano program; plan do 2030 r.", null },
        { "Tekst bez żadnego roku.", null },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Detect_Text_GivesTheReportYearOrNone(string text, int? expected) =>
        Assert.Equal(expected, ReportYearDetector.Detect(text).Year);

    [Fact]
    public void Detect_TwoYearsEquallyStated_IsAmbiguousWithBothInTheEvidence()
    {
        var decision = ReportYearDetector.Detect("W 2018 r. przystąpiono do sieci. W 2019 r. wystąpiono z niej.");
        Assert.Null(decision.Year);
        Assert.True(decision.Ambiguous);
        Assert.Contains("2018", decision.Evidence, StringComparison.Ordinal);
        Assert.Contains("2019", decision.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_Year_RecordsThePhraseAsEvidence() =>
        Assert.Contains("W 2019 r.", ReportYearDetector.Detect("W\u00A02019\u00A0r. Miasto…").Evidence, StringComparison.Ordinal);
}

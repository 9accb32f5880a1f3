using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Tests.Support;
using PoznanAsk.Testing;

namespace PoznanAsk.Knowledge.Tests.Ingest;

/// <summary>A full report page (tests/TestData/knowledge/raport-2022.html) against its expected facts.</summary>
public sealed class HtmlGoldenTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly KnowledgeBase _knowledge;

    public HtmlGoldenTests()
    {
        var data = Path.Combine(TestPaths.TestData, "knowledge");
        _folder.WriteBytes("raport-2022.html", File.ReadAllBytes(Path.Combine(data, "raport-2022.html")));
        _knowledge = KnowledgeLoader.LoadFolder(_folder.Path).Knowledge;
    }

    public void Dispose() => _folder.Dispose();

    private static IEnumerable<string[]> Expected() =>
        File.ReadAllLines(Path.Combine(TestPaths.TestData, "knowledge", "raport-2022.expected.tsv")).Skip(1).Select(l => l.Split('\t'));

    [Fact]
    public void Page_Facts_AreExactlyTheExpectedOnes()
    {
        var actual = _knowledge.Memberships.Select(m => $"{m.Year}\t{m.Scope}\t{m.NameAsWritten}");
        Assert.Equal(Expected().Select(e => $"{e[0]}\t{e[1]}\t{e[2]}"), actual);
    }

    [Fact]
    public void Page_NamesOfOneOrganisation_AreMerged()
    {
        foreach (var row in Expected().Where(e => e.Length > 3 && e[3].Length > 0))
        {
            var a = _knowledge.Memberships.Single(m => m.NameAsWritten == row[2]).OrganisationId;
            var b = _knowledge.Memberships.Single(m => m.NameAsWritten == row[3]).OrganisationId;
            Assert.Equal(a, b);
        }

        Assert.Equal(8, _knowledge.Organisations.Count);
    }

    [Fact]
    public void Page_StatedEightButSixListed_IsACountMismatch()
    {
        var warning = Assert.Single(_knowledge.Warnings);
        Assert.Equal("count-mismatch", warning.Code);
        Assert.Equal((8, 6), (_knowledge.Lists[0].StatedCount, _knowledge.Lists[0].ParsedCount));
    }

    [Fact]
    public void Page_JoinAndLeaveInOneSentence_AreBothEvents()
    {
        Assert.Contains(_knowledge.Events, e => e.Kind == EventKind.Joined && e.NameAsWritten == "Cities Climate Forum" && e.OrganisationId is not null);
        var left = Assert.Single(_knowledge.Events, e => e.Kind == EventKind.Left);
        var league = _knowledge.Memberships.Single(m => m.NameAsWritten.Contains("Liga Miast Nadrzecznych", StringComparison.Ordinal)).OrganisationId;
        Assert.Equal(league, left.OrganisationId);
    }

    [Fact]
    public void Page_ActivityUnderAbbreviationHeadingAndMentionedInflected_AreLinked()
    {
        var doca = _knowledge.Memberships.Single(m => m.NameAsWritten.StartsWith("Danube", StringComparison.Ordinal)).OrganisationId;
        var konwent = _knowledge.Memberships.Single(m => m.NameAsWritten.StartsWith("Konwent", StringComparison.Ordinal)).OrganisationId;
        Assert.Contains(_knowledge.Activities, a => a.OrganisationId == doca && _knowledge.PassagesById[a.PassageId].Text.Contains("Bratysławie", StringComparison.Ordinal));
        Assert.Contains(_knowledge.Activities, a => a.OrganisationId == konwent && a.Evidence.Contains("Konwencie Prezydentów Miast Wojewódzkich", StringComparison.Ordinal));
    }

    [Fact]
    public void Page_ChromeIsDroppedAndOffsetsPointIntoTheExtractedText()
    {
        Assert.DoesNotContain(_knowledge.Passages, p => p.Text.Contains("Zobacz też", StringComparison.Ordinal) || p.Text.Contains("Start", StringComparison.Ordinal) || p.Text.Contains('©'));
        Assert.Equal(2022, _knowledge.Reports.Single().Year);
        OffsetAssert.AllOffsetsExact(_knowledge, OffsetAssert.SourceTexts(_folder.Path));
    }
}

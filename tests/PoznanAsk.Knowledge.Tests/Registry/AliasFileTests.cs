using PoznanAsk.Knowledge.Registry;

namespace PoznanAsk.Knowledge.Tests.Registry;

public sealed class AliasFileTests
{
    [Fact]
    public void Parse_HeaderCommentsAndEntries_GivesEntriesWithLineNumbers()
    {
        var entries = AliasFile.Parse("# komentarz\nalias\tcanonical\treason\n\nStary Klub\tNowy Klub\tzmiana nazwy\r\nKlub B\tKlub C\n");
        Assert.Equal([new CuratedAlias("Stary Klub", "Nowy Klub", "zmiana nazwy", 4), new CuratedAlias("Klub B", "Klub C", "wpis w pliku aliasów", 5)], entries);
    }

    [Theory]
    [InlineData("tylko jedna kolumna")]
    [InlineData("a\tb\tc\td")]
    [InlineData("\tb\tpowód")]
    public void Parse_MalformedLine_IsAnErrorWithTheLine(string line)
    {
        var error = Assert.Throws<KnowledgeException>(() => AliasFile.Parse("# ok\n" + line + "\n"));
        Assert.Contains("linia 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TheSeedsAliasFile_IsValid() =>
        Assert.NotNull(AliasFile.Load(Path.Combine(PoznanAsk.Testing.TestPaths.Seeds, "aliases.tsv")));
}

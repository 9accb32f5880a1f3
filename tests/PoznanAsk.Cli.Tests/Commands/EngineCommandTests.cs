using System.Text.Json;
using PoznanAsk.Cli.Tests.Support;
using PoznanAsk.Testing;

namespace PoznanAsk.Cli.Tests.Commands;

/// <summary>
/// The verbs over the engine, run as a user would: a reports folder of their own (a report the test
/// writes for another year, beside the seeds) and an index in a temporary folder.
/// </summary>
public sealed class EngineCommandTests : IDisposable
{
    private const string Report2021 = """
        W 2021 r. Miasto Poznań przystąpiło do sieci Energy Cities.

        Organizacje międzynarodowe

        Miasto Poznań było członkiem 3 organizacji międzynarodowych:

         • Energy Cities
         • Climate Alliance
         • Mayors for Peace.
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "poznanask-cli-" + Guid.NewGuid().ToString("N"));

    public EngineCommandTests()
    {
        var reports = Path.Combine(_root, "reports");
        Directory.CreateDirectory(reports);
        foreach (var seed in Directory.GetFiles(TestPaths.Seeds, "*.txt"))
        {
            File.Copy(seed, Path.Combine(reports, Path.GetFileName(seed)));
        }

        File.Copy(Path.Combine(TestPaths.Seeds, "manifest.json"), Path.Combine(reports, "manifest.json"));
        File.WriteAllText(Path.Combine(reports, "raport-2021.txt"), Report2021);
    }

    private string[] Folders => ["--reports", Path.Combine(_root, "reports"), "--index", Path.Combine(_root, "index")];

    [Fact]
    public void Index_FirstThenAgain_AddsFilesThenReportsNoChange()
    {
        var first = CliRunner.Run(null, ["index", .. Folders]);
        var second = CliRunner.Run(null, ["index", "--json", .. Folders]);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("+ raport-2021.txt", first.Stdout);
        Assert.Equal(0, second.ExitCode);
        using var doc = JsonDocument.Parse(second.Stdout);
        var report = doc.RootElement.GetProperty("report");
        Assert.Equal(0, report.GetProperty("added").GetArrayLength());
        Assert.Equal(3, report.GetProperty("unchanged").GetArrayLength());
    }

    [Fact]
    public void AskJson_YearTheTestWrote_AnswersFromThatReportWithCitations()
    {
        var result = CliRunner.Run(null, ["ask", "Ile organizacji miedzynarodowych w 2021?", "--json", .. Folders]);

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var answer = doc.RootElement;
        Assert.Equal("count-memberships", answer.GetProperty("intent").GetString());
        Assert.Contains("3", answer.GetProperty("text").GetString());
        var citation = answer.GetProperty("citations")[0];
        Assert.Equal("raport-2021.txt", citation.GetProperty("source").GetString());
        Assert.Equal(2021, citation.GetProperty("year").GetInt32());
        Assert.StartsWith("p-", citation.GetProperty("passageId").GetString());
        Assert.Contains("3 organizacji", citation.GetProperty("quote").GetString());
        Assert.True(answer.GetProperty("facts").GetArrayLength() > 0);
    }

    [Fact]
    public void Ask_SomethingTheReportsDoNotSay_SaysSoAndNamesTheYears()
    {
        var result = CliRunner.Run(null, ["ask", "Ile kosztował bilet tramwajowy w 2019?", "--json", .. Folders]);

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.False(doc.RootElement.GetProperty("found").GetBoolean());
        var text = doc.RootElement.GetProperty("text").GetString()!;
        Assert.Contains("2017", text);
        Assert.Contains("2023", text);
    }

    [Fact]
    public void Facts_YearAndScope_ListsTheWrittenReportsOrganisations()
    {
        var result = CliRunner.Run(null, ["facts", "--year", "2021", "--scope", "international", "--json", .. Folders]);

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var names = doc.RootElement.EnumerateArray().Select(f => f.GetProperty("nameAsWritten").GetString()!).ToArray();
        string[] expected = ["Energy Cities", "Climate Alliance", "Mayors for Peace"];
        Assert.Equal(expected, names);
    }

    [Fact]
    public void FactsDiff_TwoYears_NamesJoinedOrganisations()
    {
        var result = CliRunner.Run(null, ["facts", "diff", "2017", "2021", .. Folders]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Energy Cities", result.Stdout);
        Assert.Contains("Climate Alliance", result.Stdout);
    }

    [Fact]
    public void Search_BadSyntax_ExitCode2WithPosition()
    {
        var result = CliRunner.Run(null, ["search", "eurocities AND (", .. Folders]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pozycja", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    /// <summary>A /regular expression/ Lucene refuses, and a lone ~ or ^: a usage error in one line, never a stack trace.</summary>
    [Theory]
    [InlineData("/[/", "wyrażenie regularne")]
    [InlineData("~", "Znak „~”")]
    [InlineData("^", "Znak „^”")]
    public void Search_QueryLuceneRefuses_ExitCode2OneLine(string query, string expected)
    {
        var result = CliRunner.Run(null, ["search", query, .. Folders]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("„”", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A question has no query syntax (issue 11: typed questions never fail to parse): Lucene's special characters in it are just text.</summary>
    [Fact]
    public void Ask_QuestionWithQuerySyntaxCharacters_AnsweredExit0()
    {
        var result = CliRunner.Run(null, ["ask", "Czy Poznań należy do /[/ Eurocities~ ^?", .. Folders]);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void SearchJson_PhraseWithYearFilter_HighlightsTheMatch()
    {
        var result = CliRunner.Run(null, ["search", "\"Energy Cities\"", "--year", "2021", "--json", .. Folders]);

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var hit = doc.RootElement[0];
        Assert.Equal(2021, hit.GetProperty("year").GetInt32());
        Assert.True(hit.GetProperty("snippets")[0].GetProperty("highlights").GetArrayLength() > 0);
    }

    [Fact]
    public void Eval_QuestionFile_PrintsAccuracyPerIntent()
    {
        var file = Path.Combine(_root, "questions.jsonl");
        File.WriteAllLines(file,
        [
            """{"q": "Czy Poznań należał do Climate Alliance w 2021?", "intent": "is-member", "year": 2021, "found": true}""",
            """{"q": "Ile organizacji krajowych w 2017?", "intent": "count-memberships", "year": 2017, "count": 15, "found": true}""",
        ]);

        var result = CliRunner.Run(null, ["eval", file, .. Folders]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("is-member", result.Stdout);
        Assert.Contains("count-memberships", result.Stdout);
        Assert.Contains("100", result.Stdout);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

using System.Text.Json;
using PoznanAsk.Cli.Tests.Support;
using PoznanAsk.Testing;

namespace PoznanAsk.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests
{
    /// <summary>
    /// The oracle's (Lucene 8.8.1) rows for the 46 golden sentences — line, term, start, end, posInc, type —
    /// except lines 35, 41 and 45, where Lucene 4.8's tokenizer differs by name (U+202F, emoji, a 295-unit
    /// word; docs/analysis.md, Analysis.Tests' Lucene48DifferencesTests): those still differ.
    /// </summary>
    [Fact]
    public void Analyze_GoldenSentences_PrintsLucenesTokensBesideTheNamedDifferences()
    {
        var sentences = File.ReadAllText(Path.Combine(TestPaths.TestData, "analysis", "polish-analyzer-sentences.txt"));
        var expected = File.ReadAllLines(Path.Combine(TestPaths.TestData, "analysis", "polish-analyzer.tsv")).ToLookup(Line);
        int[] named = [35, 41, 45];

        var result = CliRunner.Run(sentences, "analyze", "--per-line", "--types");

        Assert.Equal(0, result.ExitCode);
        var actual = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToLookup(Line);
        for (var line = 1; line <= 46; line++)
        {
            if (named.Contains(line))
            {
                Assert.NotEqual(expected[line], actual[line]);
            }
            else
            {
                Assert.Equal(expected[line], actual[line]);
            }
        }

        static int Line(string row) => int.Parse(row[..row.IndexOf('\t', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("Poznań należy do Związku Miast Polskich", "poznanie\t0\t6\t1", "polski\t31\t39\t1")]
    [InlineData("W 2017 r. Miasto Poznań przystąpiło", "2017\t2\t6\t2", "przystąpić\t24\t35\t1")]
    public void Analyze_Text_PrintsTermStartEndIncrement(string text, string first, string last)
    {
        var result = CliRunner.Run(text, "analyze");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(first, lines[0]);
        Assert.Equal(last, lines[^1]);
    }

    [Fact]
    public void Analyze_FoldedWithoutDiacritics_MatchesFoldedWithDiacritics()
    {
        var plain = CliRunner.Run("Poznan nalezy do Zwiazku Miast", "analyze", "--folded");
        var polish = CliRunner.Run("Poznań należy do Związku Miast", "analyze", "--folded");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(polish.Stdout, plain.Stdout);
    }

    [Fact]
    public void Analyze_Lemmas_StackLemmasAtOnePosition()
    {
        var result = CliRunner.Run("w Związku w 2021", "analyze", "--lemmas");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("związek\t2\t9\t2", lines);
        Assert.Contains("2021\t12\t16\t2", lines);
    }

    [Fact]
    public void Analyze_Json_PrintsTokensPerLine()
    {
        var result = CliRunner.Run("Unia Metropolii Polskich", "analyze", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var tokens = doc.RootElement[0].GetProperty("tokens");
        string[] expected = ["unia", "metropolia", "polski"];
        Assert.Equal(expected, tokens.EnumerateArray().Select(t => t.GetProperty("term").GetString()!).ToArray());
    }

    [Fact]
    public void Analyze_MissingResources_FailsWithPlainMessageNamingTheFolder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "poznanask-no-resources-" + Guid.NewGuid().ToString("N"));
        var result = CliRunner.RunWith(new Dictionary<string, string> { ["PoznanAsk__ResourcesPath"] = missing }, "Poznań", "analyze");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(missing, result.Stderr);
        Assert.Contains("scripts/setup", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }
}

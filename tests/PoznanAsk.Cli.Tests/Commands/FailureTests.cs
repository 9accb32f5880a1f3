using System.Net;
using System.Net.Sockets;
using PoznanAsk.Cli.Tests.Support;

namespace PoznanAsk.Cli.Tests.Commands;

/// <summary>
/// Every failure the CLI can meet is one line on stderr and exit 1 (data, environment) or 2 (the user's input
/// or configuration), never "Unhandled exception" and a stack trace (issue 14, defect 5).
/// </summary>
public sealed class FailureTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "poznanask-cli-fail-" + Guid.NewGuid().ToString("N"));

    private string Index => Path.Combine(_root, "index");

    [Fact]
    public void Search_IndexWithAFlippedByte_OneLineAboutTheIndexExit1()
    {
        Assert.Equal(0, CliRunner.Run(null, "index", "--index", Index).ExitCode);
        var file = Directory.GetFiles(Index).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal) && !f.EndsWith(".lock", StringComparison.Ordinal))
            .OrderByDescending(f => new FileInfo(f).Length).First();
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 0x40;
        File.WriteAllBytes(file, bytes);

        var result = CliRunner.Run(null, "search", "Unia", "--index", Index);

        AssertOneLine(result, 1);
        Assert.Matches("(?i)inde(x|ks)", result.Stderr);
        Assert.DoesNotContain("reports could not be indexed", result.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Serve_AppIdThatIsNotAGuid_OneLineConfigurationErrorExit2()
    {
        var result = CliRunner.RunWith(new Dictionary<string, string> { ["Bot__MicrosoftAppId"] = "moj-bot" }, null, "serve", "--urls", "http://127.0.0.1:0", "--index", Index);

        AssertOneLine(result, 2);
        Assert.Contains("Bot:MicrosoftAppId must be a GUID", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_PortInUse_OneLineExit1()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = CliRunner.Run(null, "serve", "--urls", $"http://127.0.0.1:{port}", "--index", Index);

        AssertOneLine(result, 1);
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("szukaj", "Unia")]
    [InlineData("search")]
    [InlineData("search", "Unia", "--top", "dużo")]
    public void CommandLineThatDoesNotParse_OneLineExit2(params string[] args)
    {
        var result = CliRunner.Run(null, args);

        AssertOneLine(result, 2);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static void AssertOneLine(CliResult result, int exitCode)
    {
        Assert.Equal(exitCode, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("poznanask: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}

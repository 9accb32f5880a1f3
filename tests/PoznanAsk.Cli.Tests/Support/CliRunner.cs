using System.Diagnostics;
using System.Text;
using PoznanAsk.Testing;

namespace PoznanAsk.Cli.Tests.Support;

/// <summary>The outcome of one <c>poznanask</c> run.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs the built <c>poznanask</c> as a child process, as a user would: real argument parsing, real
/// stdin/stdout, real exit codes. Resources come from the repository's <c>resources/</c>.
/// </summary>
internal static class CliRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static CliResult Run(string? stdin, params string[] args) => RunWith(new Dictionary<string, string>(), stdin, args);

    /// <summary>Runs with extra environment variables (e.g. <c>PoznanAsk__ResourcesPath</c>).</summary>
    public static CliResult RunWith(IReadOnlyDictionary<string, string> environment, string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            WorkingDirectory = TestPaths.RepoRoot,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "poznanask.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PoznanAsk__ResourcesPath"] = TestPaths.Resources;
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("poznanask " + string.Join(' ', args) + " did not finish in " + Timeout);
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}

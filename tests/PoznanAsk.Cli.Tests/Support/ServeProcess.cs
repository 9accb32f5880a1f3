using System.Diagnostics;
using System.Text;
using PoznanAsk.Testing;

namespace PoznanAsk.Cli.Tests.Support;

/// <summary>
/// One <c>poznanask serve</c> child process on 127.0.0.1 at a free port, as an operator would run a replica:
/// real argument parsing, real Kestrel, its own data folder. Waits (bounded) for readiness; <see cref="Kill"/> is
/// SIGKILL — no shutdown hooks, no flush.
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(2);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServeProcess(Process process, string url)
    {
        _process = process;
        Url = url;
        Client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
    }

    public string Url { get; }

    public HttpClient Client { get; }

    /// <summary>What the process printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>poznanask serve</c> with <paramref name="args"/> and <paramref name="environment"/>; returns once <c>/health/ready</c> answers 200.</summary>
    public static async Task<ServeProcess> StartAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var url = $"http://127.0.0.1:{RedisServer.FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = TestPaths.RepoRoot,
        };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "poznanask.dll"), "serve", "--urls", url, .. args])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PoznanAsk__ResourcesPath"] = TestPaths.Resources;
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var serve = new ServeProcess(Process.Start(start)!, url);
        serve._process.OutputDataReceived += (_, e) => serve.Append(e.Data);
        serve._process.ErrorDataReceived += (_, e) => serve.Append(e.Data);
        serve._process.BeginOutputReadLine();
        serve._process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (serve._process.HasExited)
            {
                serve.Dispose();
                throw new InvalidOperationException($"poznanask serve exited with {serve._process.ExitCode} before it was ready:\n{serve.Output}");
            }

            try
            {
                using var ready = await serve.Client.GetAsync("/health/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return serve;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed > ReadyTimeout)
            {
                serve.Dispose();
                throw new TimeoutException($"poznanask serve at {url} was not ready within {ReadyTimeout}:\n{serve.Output}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>SIGKILL, and waits until the process is gone.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit(10_000);
    }

    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        Client.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PoznanAsk.Testing;

/// <summary>
/// A real <c>redis-server</c> (Debian's package, installed by <c>scripts/setup --test</c>) on 127.0.0.1 at a free
/// port, in memory only (no RDB, no AOF), killed with its process when disposed. Fails with what to run when the
/// binary is missing: a test that needs Redis never passes without one.
/// </summary>
internal sealed class RedisServer : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private readonly Process _process;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The port it listens on (loopback only).</summary>
    public int Port { get; }

    /// <summary>A StackExchange.Redis configuration string for it.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>Starts one and waits until it answers PING.</summary>
    /// <exception cref="InvalidOperationException">redis-server is not installed or did not start in time.</exception>
    public static RedisServer Start()
    {
        var binary = Find() ?? throw new InvalidOperationException("redis-server is not installed: run `scripts/setup --test` (Debian package redis-server).");
        var port = FreePort();
        var start = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes", "--daemonize", "no" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new RedisServer(process, port);
        var deadline = Stopwatch.StartNew();
        while (!server.Answers())
        {
            if (process.HasExited || deadline.Elapsed > StartTimeout)
            {
                server.Dispose();
                throw new InvalidOperationException($"redis-server on port {port} did not answer PING within {StartTimeout.TotalSeconds} s (exited: {process.HasExited}).");
            }

            Thread.Sleep(50);
        }

        return server;
    }

    /// <summary>A TCP port nobody listens on at this moment.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }

    private bool Answers()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            using var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            var read = stream.Read(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Append("/usr/bin").Append("/usr/sbin"))
        {
            var candidate = Path.Combine(dir, "redis-server");
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

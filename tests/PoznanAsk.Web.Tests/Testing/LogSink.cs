using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PoznanAsk.Web.Tests.Testing;

/// <summary>Captures every log line (message and exception) so tests can check what is, and is not, logged.</summary>
internal sealed class LogSink : ILoggerProvider
{
    private readonly SemaphoreSlim _logged = new(0);

    public ConcurrentQueue<string> Lines { get; } = new();

    /// <summary>Waits (on each new line, not a timer) until a line matches; fails after <paramref name="timeout"/>.</summary>
    public async Task<string> WaitForAsync(Func<string, bool> match, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            if (Lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            try
            {
                await _logged.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail("expected log line not written; got:\n" + string.Join("\n", Lines));
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            sink.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
            sink._logged.Release();
        }
    }
}

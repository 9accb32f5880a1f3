using System.Threading.Channels;

namespace PoznanAsk.Web.DirectLine;

/// <summary>A WebSocket's wake-up signal (new activities) and close request (collision, expiry).</summary>
internal sealed class DirectLineListener : IDisposable
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _closed = new();

    public string? CloseReason { get; private set; }

    public CancellationToken Closed => _closed.Token;

    public void Signal() => _signals.Writer.TryWrite(true);

    /// <summary>Waits until something was appended since the last wait, or <paramref name="timeout"/> passed.</summary>
    public async ValueTask WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var timer = time.CreateTimer(_ => wait.Cancel(), null, timeout, Timeout.InfiniteTimeSpan);
        try
        {
            await _signals.Reader.WaitToReadAsync(wait.Token);
            _signals.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }

    public void Close(string reason)
    {
        CloseReason = reason;
        try
        {
            _closed.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose() => _closed.Dispose();
}

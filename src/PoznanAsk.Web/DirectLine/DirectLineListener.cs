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

    /// <summary>Waits until something was appended since the last wait.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        await _signals.Reader.WaitToReadAsync(cancellationToken);
        _signals.Reader.TryRead(out _);
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

using System.Threading.Channels;
using Microsoft.Extensions.Options;
using PoznanAsk.Web.Options;

namespace PoznanAsk.Web.Hosting;

/// <summary>
/// Turns answered after the HTTP request has been acknowledged (the channel waits only ~15 s, bot-protocol
/// §2.2). Bounded: when <see cref="LimitsOptions.MaxQueuedTurns"/> wait, new turns are refused (503) rather
/// than memory growing; <see cref="LimitsOptions.MaxConcurrentTurns"/> run at once.
/// </summary>
internal sealed class TurnQueue(IOptions<LimitsOptions> limits, ILogger<TurnQueue> logger) : BackgroundService
{
    private readonly Channel<Func<CancellationToken, Task>> _turns = Channel.CreateBounded<Func<CancellationToken, Task>>(
        new BoundedChannelOptions(limits.Value.MaxQueuedTurns) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>False when the queue is full.</summary>
    public bool TryEnqueue(Func<CancellationToken, Task> turn) => _turns.Writer.TryWrite(turn);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, limits.Value.MaxConcurrentTurns).Select(_ => WorkAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var turn in _turns.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await turn(stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "A queued turn failed");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}

using Microsoft.Extensions.Options;
using PoznanAsk.Web.Options;

namespace PoznanAsk.Web.Hosting;

/// <summary>Ticks <see cref="EngineHost"/> every <see cref="IndexAccessOptions.IndexRefreshSeconds"/> (0: never).
/// A tick reads the folder's newest segments generation; only a changed one opens anything.</summary>
internal sealed class IndexRefresher(EngineHost engine, IOptions<IndexAccessOptions> options, TimeProvider time, ILogger<IndexRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.IndexRefreshSeconds;
        if (seconds == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    engine.Tick();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Whatever a refresh meets, the host keeps serving what it has.
                    logger.LogError(ex, "Looking for a new index commit failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

namespace PoznanAsk.Web.DirectLine;

/// <summary>Applies the conversation-state retention rules once a minute (idle Direct Line conversations, old references and follow-up contexts).</summary>
internal sealed class DirectLineSweeper(DirectLineStore store, TimeProvider time, ILogger<DirectLineSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    if (await store.SweepAsync(stoppingToken) is > 0 and var removed)
                    {
                        logger.LogInformation("Expired {Count} idle conversations", removed);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Sweeping idle conversations failed; will retry in a minute");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}

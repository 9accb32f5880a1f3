namespace PoznanAsk.Web.DirectLine;

/// <summary>Expires idle Direct Line conversations once a minute.</summary>
internal sealed class DirectLineSweeper(DirectLineStore store, TimeProvider time, ILogger<DirectLineSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (store.Sweep() is > 0 and var removed)
                {
                    logger.LogInformation("Expired {Count} idle Direct Line conversations; {Live} live", removed, store.Count);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}

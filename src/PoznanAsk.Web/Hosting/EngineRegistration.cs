using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PoznanAsk.Answering;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Answering.Service;
using PoznanAsk.Web.Health;
using PoznanAsk.Web.Options;
using PoznanAsk.Web.State;

namespace PoznanAsk.Web.Hosting;

/// <summary>
/// The answering engine over the configured folders (<see cref="HostPaths"/>), held by <see cref="EngineHost"/>:
/// opened at start, newer commits picked up by <see cref="IndexRefresher"/>, follow-up context in the
/// conversation-state store, the turn policy's limits, internal errors logged. Readiness turns "ready" when it is
/// open. Tests replace <see cref="ITurnHandler"/> and <see cref="IReportService"/>; the engine is then never opened.
/// </summary>
internal static class EngineRegistration
{
    public static IServiceCollection AddPoznanAskEngine(this IServiceCollection services)
    {
        services.TryAddSingleton(sp =>
        {
            var paths = sp.GetRequiredService<HostPaths>();
            var logger = sp.GetRequiredService<ILogger<PoznanAskEngine>>();
            return new EngineHost(() => new EngineOptions
            {
                ReportsPath = paths.ReportsPath,
                IndexPath = paths.IndexPath,
                ResourcesPath = paths.ResourcesPath,
                // A reader: the last commit, never the writer's lock (`poznanask index` may be writing); built only when
                // missing, unless PoznanAsk:IndexReadOnly (replicas sharing one index: never written here).
                Mode = sp.GetRequiredService<IOptions<IndexAccessOptions>>().Value.IndexReadOnly ? IndexMode.ReadOnly : IndexMode.ReadLastCommit,
                Turns = sp.GetRequiredService<IOptions<TurnHandlerOptions>>().Value,
                Cache = sp.GetRequiredService<IOptions<CacheOptions>>().Value,
                FollowUps = sp.GetRequiredService<IConversationStateStore>(),
                Time = sp.GetRequiredService<TimeProvider>(),
                OnError = (ex, what) => logger.LogError(ex, "{What}", what),
            },
            sp.GetRequiredService<IndexReadiness>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<EngineHost>>());
        });
        services.TryAddSingleton<ITurnHandler>(sp => sp.GetRequiredService<EngineHost>().Engine.TurnHandler);
        services.TryAddSingleton<IReportService>(sp => sp.GetRequiredService<EngineHost>().Engine.Reports);
        services.AddHostedService<EngineStartup>();
        services.AddHostedService<IndexRefresher>();
        return services;
    }

    /// <summary>Opens the engine (through whatever answers turns) before the host reports itself started.</summary>
    private sealed class EngineStartup(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            try
            {
                services.GetRequiredService<ITurnHandler>();
                services.GetRequiredService<IReportService>();
            }
            catch (IndexUnavailableException)
            {
                // A read-only host with a damaged index stays up: readiness says why, the refresher retries.
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

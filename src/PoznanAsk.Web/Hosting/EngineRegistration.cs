using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PoznanAsk.Answering;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Answering.Service;
using PoznanAsk.Web.Health;
using PoznanAsk.Web.State;

namespace PoznanAsk.Web.Hosting;

/// <summary>
/// The answering engine over the configured folders (<see cref="HostPaths"/>): opened once at start (the index
/// brought up to date with the reports folder), follow-up context in the conversation-state store, the turn
/// policy's limits, internal errors logged. Readiness turns "ready" when it is open. Tests replace
/// <see cref="ITurnHandler"/> and <see cref="IReportService"/>; the engine is then never opened.
/// </summary>
internal static class EngineRegistration
{
    public static IServiceCollection AddPoznanAskEngine(this IServiceCollection services)
    {
        services.TryAddSingleton(sp =>
        {
            var paths = sp.GetRequiredService<HostPaths>();
            var logger = sp.GetRequiredService<ILogger<PoznanAskEngine>>();
            var readiness = sp.GetRequiredService<IndexReadiness>();
            try
            {
                var engine = IndexRecovery.Open(new EngineOptions
                {
                    ReportsPath = paths.ReportsPath,
                    IndexPath = paths.IndexPath,
                    ResourcesPath = paths.ResourcesPath,
                    // A reader: the last commit, never the writer's lock (`poznanask index` may be writing); built only when missing.
                    Mode = IndexMode.ReadLastCommit,
                    Turns = sp.GetRequiredService<IOptions<TurnHandlerOptions>>().Value,
                    Cache = sp.GetRequiredService<IOptions<CacheOptions>>().Value,
                    FollowUps = sp.GetRequiredService<IConversationStateStore>(),
                    Time = sp.GetRequiredService<TimeProvider>(),
                    OnError = (ex, what) => logger.LogError(ex, "{What}", what),
                }, readiness, logger, sp.GetRequiredService<TimeProvider>());
                var k = engine.Knowledge;
                var rebuilt = readiness.IsReady ? " (" + readiness.Status + ")" : string.Empty;
                readiness.MarkReady($"index loaded: {k.Reports.Count} reports, {k.Passages.Count} passages, {k.Memberships.Count} membership facts{rebuilt}");
                return engine;
            }
            catch (AnsweringException ex)
            {
                readiness.MarkNotReady(ex.Message);
                throw;
            }
        });
        services.TryAddSingleton<ITurnHandler>(sp => sp.GetRequiredService<PoznanAskEngine>().TurnHandler);
        services.TryAddSingleton<IReportService>(sp => sp.GetRequiredService<PoznanAskEngine>().Reports);
        services.AddHostedService<EngineStartup>();
        return services;
    }

    /// <summary>Opens the engine (through whatever answers turns) before the host reports itself started.</summary>
    private sealed class EngineStartup(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            services.GetRequiredService<ITurnHandler>();
            services.GetRequiredService<IReportService>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PoznanAsk.Web.Health;

/// <summary>Readiness: healthy only when the index is loaded.</summary>
internal sealed class IndexReadinessCheck(IIndexReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady ? HealthCheckResult.Healthy(readiness.Status) : HealthCheckResult.Unhealthy(readiness.Status));
}

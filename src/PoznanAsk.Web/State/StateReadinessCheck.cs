using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PoznanAsk.Web.State;

/// <summary>Readiness: ready only while the conversation-state store answers (with Redis, a replica that cannot
/// reach the shared state must get no traffic; liveness stays green, so it is not restarted for Redis's sake).</summary>
internal sealed class StateReadinessCheck(IConversationStateStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return HealthCheckResult.Healthy(await store.DescribeAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (StateStoreUnavailableException ex)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }
}

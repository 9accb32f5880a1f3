using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Web.Health;
using PoznanAsk.Web.Hosting;
using PoznanAsk.Web.Options;

namespace PoznanAsk.Web.State;

/// <summary>
/// Registers the conversation-state store <c>State:Kind</c> names (options validated at start) and its readiness
/// check. Registered with TryAdd, so a test (or another host) that registers an <see cref="IConversationStateStore"/>
/// first keeps its own.
/// </summary>
internal static class StateRegistration
{
    public static IServiceCollection AddPoznanAskState(this IServiceCollection services)
    {
        services.AddOptions<StateOptions>().BindConfiguration(StateOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RedisStateOptions>().BindConfiguration(StateOptions.SectionName + ":Redis").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<StateOptions>, StateOptionsValidator>();
        services.TryAddSingleton(sp => StateRetention.From(sp.GetRequiredService<IOptions<LimitsOptions>>(), sp.GetRequiredService<TurnPolicy>()));
        services.TryAddSingleton<RedisConnection>();
        services.TryAddSingleton<IConversationStateStore>(sp => sp.GetRequiredService<IOptions<StateOptions>>().Value.Kind switch
        {
            StateKind.Redis => new RedisConversationStateStore(
                sp.GetRequiredService<RedisConnection>(), sp.GetRequiredService<StateRetention>(), sp.GetRequiredService<TimeProvider>()),
            _ => new SqliteConversationStateStore(
                Path.Combine(DataFolder.Ensure(sp.GetRequiredService<HostPaths>().DataPath), DataFolder.StateFile),
                sp.GetRequiredService<StateRetention>(),
                sp.GetRequiredService<TimeProvider>()),
        });
        services.AddHealthChecks().AddCheck<StateReadinessCheck>("state", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }
}

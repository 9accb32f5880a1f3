using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Answering.Service;

namespace PoznanAsk.Web.TestHost.Fakes;

/// <summary>Registers the fakes in place of the answering engine.</summary>
public static class FakeAnswering
{
    /// <summary>
    /// Replaces <see cref="ITurnHandler"/> with <see cref="FakeTurnHandler"/> and <see cref="IReportService"/> with
    /// <see cref="FakeReportService"/> (each unless <paramref name="turns"/> / <paramref name="reports"/> is false);
    /// the fakes themselves are always resolvable.
    /// </summary>
    public static IServiceCollection AddFakeAnswering(this IServiceCollection services, bool turns = true, bool reports = true)
    {
        services.TryAddSingleton<FakeTurnHandler>();
        services.TryAddSingleton<FakeReportService>();
        if (turns)
        {
            services.RemoveAll<ITurnHandler>();
            services.AddSingleton<ITurnHandler>(sp => sp.GetRequiredService<FakeTurnHandler>());
        }

        if (reports)
        {
            services.RemoveAll<IReportService>();
            services.AddSingleton<IReportService>(sp => sp.GetRequiredService<FakeReportService>());
        }

        return services;
    }
}

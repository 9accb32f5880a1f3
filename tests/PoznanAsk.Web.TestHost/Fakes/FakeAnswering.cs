using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Answering.Service;

namespace PoznanAsk.Web.TestHost.Fakes;

/// <summary>Registers the fakes in place of the answering engine.</summary>
public static class FakeAnswering
{
    /// <summary>Adds <see cref="FakeTurnHandler"/> and <see cref="FakeReportService"/> (unless already registered).</summary>
    public static IServiceCollection AddFakeAnswering(this IServiceCollection services)
    {
        services.TryAddSingleton<FakeTurnHandler>();
        services.TryAddSingleton<ITurnHandler>(sp => sp.GetRequiredService<FakeTurnHandler>());
        services.TryAddSingleton<FakeReportService>();
        services.TryAddSingleton<IReportService>(sp => sp.GetRequiredService<FakeReportService>());
        return services;
    }
}

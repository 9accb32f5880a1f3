using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Answering.Service;
using PoznanAsk.Web.Api;
using PoznanAsk.Web.Bot;
using PoznanAsk.Web.DirectLine;
using PoznanAsk.Web.Health;
using PoznanAsk.Web.Options;
using PoznanAsk.Web.State;

namespace PoznanAsk.Web.Hosting;

/// <summary>The DI registrations behind <see cref="PoznanAskWeb.AddPoznanAskWeb"/>.</summary>
internal static class ServiceRegistration
{
    public const string ConnectorClientName = "PoznanAsk.Connector";
    public const string TokenClientName = "PoznanAsk.Token";

    /// <summary>The configuration section of the turn policy (<see cref="TurnHandlerOptions"/>).</summary>
    public const string TurnsSectionName = "Turns";

    public static IServiceCollection AddPoznanAskOptions(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .PostConfigure<IConfiguration>(AzureNames)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddPoznanAskForwardedHeaders();
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.SectionName).ValidateOnStart();
        services.AddOptions<IndexAccessOptions>().BindConfiguration(IndexAccessOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<IndexAccessOptions>, IndexAccessOptionsValidator>();
        services.AddOptions<TurnHandlerOptions>().BindConfiguration(TurnsSectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitsOptions>>((kestrel, limits) =>
        {
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes;
            // RequestLimits answers 414/431 as ProblemDetails; Kestrel's bodiless replies only above twice that.
            kestrel.Limits.MaxRequestLineSize = Math.Max(kestrel.Limits.MaxRequestLineSize, 2 * limits.Value.MaxUrlBytes + 16);
            kestrel.Limits.MaxRequestHeadersTotalSize = Math.Max(kestrel.Limits.MaxRequestHeadersTotalSize, 2 * limits.Value.MaxHeaderBytes);
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(limits.Value.MinRequestBodyBytesPerSecond, TimeSpan.FromSeconds(limits.Value.RequestBodyGraceSeconds));
            kestrel.AddServerHeader = false;
        });
        return services;
    }

    public static IServiceCollection AddPoznanAskWebServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => HostPaths.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.TryAddSingleton(sp => new TurnPolicy(sp.GetRequiredService<IOptions<TurnHandlerOptions>>().Value));
        services.TryAddSingleton(new HealthEndpoints.HostInstance(Guid.NewGuid().ToString("N")));
        services.TryAddSingleton<IndexReadiness>();
        services.TryAddSingleton<IIndexReadiness>(sp => sp.GetRequiredService<IndexReadiness>());
        services.AddProblemDetails();
        services.AddExceptionHandler<RequestFailures>();
        services.AddPoznanAskRateLimits();
        services.AddHealthChecks().AddCheck<IndexReadinessCheck>("index", tags: [HealthEndpoints.ReadyTag]);
        services.AddPoznanAskState();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));

        foreach (var name in new[] { ConnectorClientName, TokenClientName, nameof(BotAuthenticator) })
        {
            services.AddHttpClient(name)
                .ConfigureHttpClient((sp, http) => http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<BotOptions>>().Value.HttpTimeoutSeconds))
                .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        }

        services.AddSingleton<BotAuthenticator>();
        services.AddSingleton(sp => new BotTokenProvider(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(TokenClientName),
            sp.GetRequiredService<IOptions<BotOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<BotTokenProvider>>()));
        services.AddSingleton(sp => new ConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorClientName),
            sp.GetRequiredService<BotTokenProvider>(),
            sp.GetRequiredService<IOptions<BotOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ConnectorClient>>()));
        services.AddSingleton<InvokeHandler>();
        services.AddSingleton<MessagesEndpoint>();
        services.AddSingleton<TurnProcessor>();
        services.AddSingleton<TurnQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<TurnQueue>());
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineStore>();
        services.AddHostedService<DirectLineSweeper>();
        return services;
    }

    // Azure Bot Service samples and App Service settings use flat names: MicrosoftAppId, MicrosoftAppPassword…
    private static void AzureNames(BotOptions options, IConfiguration configuration)
    {
        if (string.IsNullOrEmpty(options.MicrosoftAppId) && configuration["MicrosoftAppId"] is { Length: > 0 } id)
        {
            options.MicrosoftAppId = id;
        }

        if (string.IsNullOrEmpty(options.MicrosoftAppPassword) && configuration["MicrosoftAppPassword"] is { Length: > 0 } password)
        {
            options.MicrosoftAppPassword = password;
        }

        if (string.IsNullOrEmpty(options.MicrosoftAppTenantId) && configuration["MicrosoftAppTenantId"] is { Length: > 0 } tenant)
        {
            options.MicrosoftAppTenantId = tenant;
        }

        // The type has a default (and appsettings.json may set it): the flat name wins when the app id
        // itself comes from the flat names.
        var flat = string.IsNullOrEmpty(configuration[BotOptions.SectionName + ":MicrosoftAppId"]);
        if ((flat || configuration[BotOptions.SectionName + ":MicrosoftAppType"] is null)
            && configuration["MicrosoftAppType"] is { Length: > 0 } type && Enum.TryParse<BotAppType>(type, true, out var parsed))
        {
            options.MicrosoftAppType = parsed;
        }
    }
}

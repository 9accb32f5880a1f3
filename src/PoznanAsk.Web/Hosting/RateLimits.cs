using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PoznanAsk.Web.Options;

namespace PoznanAsk.Web.Hosting;

/// <summary>
/// Per-client-address rate limits with ASP.NET Core's RateLimiter: a token bucket on the API, bot and Direct
/// Line routes, a stricter window on web chat tokens. Rejections are 429 ProblemDetails with Retry-After.
/// </summary>
internal static class RateLimits
{
    public const string ApiPolicy = "api";
    public const string TokenPolicy = "webchat-token";

    public static IServiceCollection AddPoznanAskRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitsOptions>>((options, limitsOptions) =>
        {
            var limits = limitsOptions.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Problems.Create(StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"Slow down: try again in {seconds} s.", "TooManyRequests").ExecuteAsync(context.HttpContext);
            };
            options.AddPolicy(ApiPolicy, context => limits.PermitsPerSecond == 0
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : RateLimitPartition.GetTokenBucketLimiter(Client(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.Burst,
                    TokensPerPeriod = limits.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            options.AddPolicy(TokenPolicy, context => limits.PermitsPerSecond == 0
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : RateLimitPartition.GetFixedWindowLimiter(Client(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.TokensPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }

    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

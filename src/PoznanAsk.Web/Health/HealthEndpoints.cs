using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PoznanAsk.Web.Health;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> ("index loaded"), kept apart so an
/// orchestrator restarts a hung process but only waits for one that is still loading. Both say which start of the
/// host answers (<c>instance</c>).</summary>
internal static class HealthEndpoints
{
    /// <summary>Identifies one start of the host: the web page compares it to notice a restart it did not see fail.</summary>
    internal sealed record HostInstance(string Id);

    public const string ReadyTag = "ready";

    public static void MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new Dictionary<string, object>
        {
            ["status"] = report.Status.ToString(),
            ["instance"] = context.RequestServices.GetRequiredService<HostInstance>().Id,
            ["checks"] = report.Entries.Select(e => new Dictionary<string, string>
            {
                ["name"] = e.Key,
                ["status"] = e.Value.Status.ToString(),
                ["description"] = e.Value.Description ?? string.Empty,
            }).ToList(),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}

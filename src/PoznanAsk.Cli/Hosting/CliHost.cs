using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PoznanAsk.Cli.Hosting;

/// <summary>
/// Builds the generic host every verb runs in: configuration from <c>appsettings.json</c> (content
/// root), environment variables (<c>PoznanAsk__IndexPath</c>…) and the command line's
/// <c>--reports</c>/<c>--index</c>; logs go to stderr so stdout stays the verb's output.
/// </summary>
internal static class CliHost
{
    /// <summary>Creates the host builder for a parsed command line.</summary>
    public static HostApplicationBuilder CreateBuilder(ParseResult parse)
    {
        var root = ContentRoot.Find();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = root,
            Args = [],
            DisableDefaults = false,
        });
        builder.Configuration.AddInMemoryCollection(Overrides(parse));
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        return builder;
    }

    /// <summary>Resolves the configured folders to absolute paths.</summary>
    public static CliPaths Paths(IConfiguration configuration, string contentRoot)
    {
        string Resolve(string key, string fallback)
        {
            var value = configuration[$"PoznanAsk:{key}"];
            return Path.GetFullPath(string.IsNullOrWhiteSpace(value) ? fallback : value, contentRoot);
        }

        return new CliPaths(contentRoot, Resolve("ReportsPath", "seeds"), Resolve("IndexPath", "index"), Resolve("ResourcesPath", "resources"));
    }

    private static Dictionary<string, string?> Overrides(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(GlobalOptions.Reports) is { Length: > 0 } reports)
        {
            overrides["PoznanAsk:ReportsPath"] = Path.GetFullPath(reports);
        }

        if (parse.GetValue(GlobalOptions.Index) is { Length: > 0 } index)
        {
            overrides["PoznanAsk:IndexPath"] = Path.GetFullPath(index);
        }

        return overrides;
    }
}

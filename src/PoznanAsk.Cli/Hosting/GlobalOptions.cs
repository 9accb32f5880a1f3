using System.CommandLine;

namespace PoznanAsk.Cli.Hosting;

/// <summary>Options every verb accepts.</summary>
internal static class GlobalOptions
{
    /// <summary><c>--reports DIR</c>: the folder of report files (overrides <c>PoznanAsk:ReportsPath</c>).</summary>
    public static Option<string?> Reports { get; } = new("--reports")
    {
        Description = "Folder of report files (default: PoznanAsk:ReportsPath in appsettings.json, i.e. seeds/)",
        HelpName = "DIR",
        Recursive = true,
    };

    /// <summary><c>--index DIR</c>: the index folder (overrides <c>PoznanAsk:IndexPath</c>).</summary>
    public static Option<string?> Index { get; } = new("--index")
    {
        Description = "Index folder (default: PoznanAsk:IndexPath in appsettings.json, i.e. index/)",
        HelpName = "DIR",
        Recursive = true,
    };

    /// <summary><c>--json</c>: machine-readable output.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Print the result as JSON" };
}

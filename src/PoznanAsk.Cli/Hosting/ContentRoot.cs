namespace PoznanAsk.Cli.Hosting;

/// <summary>Finds the folder whose <c>appsettings.json</c> configures the CLI.</summary>
internal static class ContentRoot
{
    private const string SettingsFile = "appsettings.json";

    /// <summary>
    /// <c>POZNANASK_HOME</c> when set; else the current directory or the nearest parent holding
    /// <c>appsettings.json</c> (so the CLI works anywhere inside a checkout); else the executable's folder.
    /// </summary>
    public static string Find()
    {
        if (Environment.GetEnvironmentVariable("POZNANASK_HOME") is { Length: > 0 } home)
        {
            return Path.GetFullPath(home);
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SettingsFile)))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}

namespace PoznanAsk.Web.Hosting;

/// <summary>
/// The host's folders, from <c>PoznanAsk:ReportsPath</c>, <c>IndexPath</c>, <c>ResourcesPath</c> and
/// <c>DataPath</c> (defaults <c>seeds</c>, <c>index</c>, <c>resources</c>, <c>data</c>), resolved against the
/// content root — the same rule the CLI applies.
/// </summary>
/// <param name="ContentRoot">The content root.</param>
/// <param name="ReportsPath">The report files.</param>
/// <param name="IndexPath">The knowledge index.</param>
/// <param name="ResourcesPath">The analysis resources (Stempel, Morfologik).</param>
/// <param name="DataPath">Conversation state and the Direct Line signing key (mode 700).</param>
public sealed record HostPaths(string ContentRoot, string ReportsPath, string IndexPath, string ResourcesPath, string DataPath)
{
    /// <summary>The configuration section of the folders.</summary>
    public const string SectionName = "PoznanAsk";

    /// <summary>Resolves the configured folders against <paramref name="contentRoot"/>.</summary>
    public static HostPaths From(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string Resolve(string key, string fallback)
        {
            var value = configuration[$"{SectionName}:{key}"];
            return Path.GetFullPath(string.IsNullOrWhiteSpace(value) ? fallback : value, contentRoot);
        }

        return new HostPaths(contentRoot, Resolve("ReportsPath", "seeds"), Resolve("IndexPath", "index"), Resolve("ResourcesPath", "resources"), Resolve("DataPath", "data"));
    }
}

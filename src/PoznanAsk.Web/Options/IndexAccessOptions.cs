namespace PoznanAsk.Web.Options;

/// <summary>How the host opens the knowledge index (section <c>PoznanAsk</c>, beside the folders).</summary>
public sealed class IndexAccessOptions
{
    /// <summary>The configuration section name (the folders' section).</summary>
    public const string SectionName = Hosting.HostPaths.SectionName;

    /// <summary>
    /// <c>PoznanAsk:IndexReadOnly</c>. True for replicas sharing one index: the host serves the last commit
    /// <c>poznanask index</c> made and never writes the index folder — it does not build a missing index (start fails,
    /// naming the folder) nor rebuild a damaged one (readiness says so and the host stops, naming the file). Default
    /// false: one instance builds the index when the folder has none and rebuilds it from the reports when damaged.
    /// Neither way takes the writer's lock over an existing index.
    /// </summary>
    public bool IndexReadOnly { get; set; }
}

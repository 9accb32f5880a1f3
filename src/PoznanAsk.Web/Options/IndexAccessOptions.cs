using System.ComponentModel.DataAnnotations;

namespace PoznanAsk.Web.Options;

/// <summary>How the host opens the knowledge index (section <c>PoznanAsk</c>, beside the folders).</summary>
public sealed class IndexAccessOptions
{
    /// <summary>The configuration section name (the folders' section).</summary>
    public const string SectionName = Hosting.HostPaths.SectionName;

    /// <summary>
    /// <c>PoznanAsk:IndexReadOnly</c>. True for replicas sharing one index: the host serves the last commit
    /// <c>poznanask index</c> made and never writes the index folder — it does not build a missing index (start fails,
    /// naming the folder) nor rebuild a damaged one (it logs the file, keeps the last good snapshot — or, with none,
    /// answers readiness 503 with the reason — and tries again every <see cref="IndexRefreshSeconds"/>). Default
    /// false: one instance builds the index when the folder has none and rebuilds it from the reports when damaged.
    /// Neither way takes the writer's lock over an existing index.
    /// </summary>
    public bool IndexReadOnly { get; set; }

    /// <summary>
    /// <c>PoznanAsk:IndexRefreshSeconds</c>. How often the host looks for a newer commit of the index (written by
    /// <c>poznanask index</c>) and swaps to it without dropping requests; a read-only host whose index cannot be
    /// opened retries as often. 0 turns both off (restart to serve a new commit). Default 10, at most 3600.
    /// </summary>
    [Range(0, 3600)]
    public int IndexRefreshSeconds { get; set; } = 10;
}

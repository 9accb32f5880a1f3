namespace PoznanAsk.Web.Health;

/// <summary>
/// Whether the search index is loaded, as <c>/health/ready</c> reports it. The host that opens the index
/// (the CLI's <c>serve</c>) supplies it: register its own implementation, or resolve
/// <see cref="IndexReadiness"/> and call <see cref="IndexReadiness.MarkReady"/>.
/// </summary>
public interface IIndexReadiness
{
    /// <summary>True once the index is open and queries can be answered.</summary>
    bool IsReady { get; }

    /// <summary>A short human-readable state, e.g. "index loaded: 2 reports, 812 passages".</summary>
    string Status { get; }
}

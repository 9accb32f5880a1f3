namespace PoznanAsk.Web.Health;

/// <summary>The default <see cref="IIndexReadiness"/>: not ready until someone calls <see cref="MarkReady"/>.</summary>
public sealed class IndexReadiness : IIndexReadiness
{
    private volatile State _state = new(false, "index not loaded yet");

    /// <inheritdoc />
    public bool IsReady => _state.Ready;

    /// <inheritdoc />
    public string Status => _state.Status;

    /// <summary>Reports the index as loaded.</summary>
    /// <param name="status">What was loaded, for the health report.</param>
    public void MarkReady(string status) => _state = new State(true, status);

    /// <summary>Reports the index as unavailable (e.g. it failed to open).</summary>
    /// <param name="status">Why, for the health report.</param>
    public void MarkNotReady(string status) => _state = new State(false, status);

    private sealed record State(bool Ready, string Status);
}

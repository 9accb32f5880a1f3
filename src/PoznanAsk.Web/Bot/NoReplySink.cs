namespace PoznanAsk.Web.Bot;

/// <summary>For activities that never reply (installation, end of conversation, unknown types).</summary>
internal sealed class NoReplySink : IReplySink
{
    public static NoReplySink Instance { get; } = new();

    public bool Buffered => true;

    public Task SendAsync(Activity reply, CancellationToken cancellationToken) => Task.CompletedTask;
}

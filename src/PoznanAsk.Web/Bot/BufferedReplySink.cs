namespace PoznanAsk.Web.Bot;

/// <summary>Collects the turn's replies for a <c>deliveryMode: expectReplies</c> response (bot-protocol §2.3).</summary>
internal sealed class BufferedReplySink : IReplySink
{
    public List<Activity> Activities { get; } = [];

    public bool Buffered => true;

    public Task SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        Activities.Add(reply);
        return Task.CompletedTask;
    }
}

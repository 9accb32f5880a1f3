namespace PoznanAsk.Web.Bot;

/// <summary>Where a turn's replies go: the Connector API, the HTTP response (expectReplies) or a Direct Line stream.</summary>
internal interface IReplySink
{
    /// <summary>True when replies are collected for the HTTP response; typing indicators are then skipped.</summary>
    bool Buffered { get; }

    /// <summary>Delivers one reply or typing activity.</summary>
    Task SendAsync(Activity reply, CancellationToken cancellationToken);
}

namespace PoznanAsk.Web.Bot;

/// <summary>Sends a turn's replies to the channel: messages as replies to the incoming activity, typing
/// indicators to the conversation (bot-protocol §3.1, §3.4).</summary>
internal sealed class ConnectorReplySink(ConnectorClient connector, string serviceUrl, bool authenticate) : IReplySink
{
    public bool Buffered => false;

    public Task SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        var conversationId = reply.Conversation?.Id ?? throw new InvalidOperationException("A reply needs a conversation id.");
        var replyTo = reply.Type == "typing" ? null : reply.ReplyToId;
        return connector.SendAsync(serviceUrl, conversationId, replyTo, reply, authenticate, cancellationToken);
    }
}

using PoznanAsk.Web.Bot;

namespace PoznanAsk.Web.DirectLine;

/// <summary>Bot replies into a Direct Line conversation's stream, marked with the bot role (bot-protocol §6.1).</summary>
internal sealed class DirectLineReplySink(DirectLineConversation conversation) : IReplySink
{
    public bool Buffered => false;

    public async Task SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        if (reply.From is { } from)
        {
            from.Role = "bot";
        }

        await conversation.AppendAsync(reply, cancellationToken);
    }
}

using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Web.Options;
using PoznanAsk.Web.State;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// The adapter between activities and the transport-free <see cref="ITurnHandler"/> (bot-protocol §1.3),
/// shared by <c>/api/messages</c> and Direct Line: messages are answered (typing first, every 3 s while the
/// answer is being prepared), the bot's arrival is greeted once, conversation state follows
/// installation and end-of-conversation events (in the conversation-state store), everything else is ignored.
/// Length limits and the texts of refusals and apologies are the one <see cref="TurnPolicy"/>; a failing handler
/// gets the policy's apology, never a crashed turn.
/// </summary>
internal sealed class TurnProcessor(
    ITurnHandler handler,
    IConversationStateStore state,
    TurnPolicy policy,
    IOptions<BotOptions> botOptions,
    TimeProvider time,
    ILogger<TurnProcessor> logger)
{
    private static readonly TimeSpan TypingInterval = TimeSpan.FromSeconds(3);
    private readonly bool _aiGeneratedLabel = botOptions.Value.AiGeneratedLabel;

    /// <summary>True for the activity types that produce replies (and so need the turn queue).</summary>
    public static bool Replies(Activity activity) => activity.Type is "message" or "conversationUpdate";

    public async Task ProcessAsync(Activity activity, IReplySink sink, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case "message":
                await AnswerAsync(activity, sink, cancellationToken);
                break;
            case "conversationUpdate":
                if (activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true
                    && await state.TryMarkWelcomedAsync(activity.ChannelId ?? string.Empty, activity.Conversation?.Id ?? string.Empty, cancellationToken))
                {
                    await sink.SendAsync(ReplyFactory.Message(activity, handler.Welcome(activity.Locale), _aiGeneratedLabel), cancellationToken);
                }

                break;
            case "installationUpdate" when activity.Action is "remove" or "remove-upgrade":
            case "endOfConversation":
                await state.ForgetConversationAsync(activity.ChannelId ?? string.Empty, activity.Conversation?.Id ?? string.Empty, cancellationToken);
                break;
            default:
                // installationUpdate add (reference already stored), typing, event, messageReaction, unknown: ignore.
                break;
        }
    }

    /// <summary>The question in a message: the text without the bot's mention, or a card's <c>question</c> value.</summary>
    public static string Question(Activity activity)
    {
        var text = MentionStripper.Strip(activity);
        if (text.Length == 0 && activity.Value is System.Text.Json.Nodes.JsonObject value
            && value["question"] is { } q && q.GetValueKind() == JsonValueKind.String)
        {
            text = ((string?)q)?.Trim() ?? string.Empty;
        }

        return text;
    }

    private async Task AnswerAsync(Activity activity, IReplySink sink, CancellationToken cancellationToken)
    {
        var question = Question(activity);
        if (question.Length == 0)
        {
            return; // An attachment or a card submit without a question: nothing to answer.
        }

        if (policy.IsTooLong(question))
        {
            await sink.SendAsync(ReplyFactory.Text(activity, policy.TooLong(TurnPolicy.CharCount(question), TurnPolicy.IsEnglish(activity.Locale))), cancellationToken);
            return;
        }

        if (!sink.Buffered)
        {
            await SendTypingAsync(activity, sink, cancellationToken);
        }

        using var typing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typingLoop = sink.Buffered ? Task.CompletedTask : TypeAsync(activity, sink, typing.Token);
        Activity reply;
        try
        {
            var request = new TurnRequest(question, activity.Locale, activity.ChannelId ?? "unknown", activity.Conversation?.Id ?? string.Empty);
            var answer = await handler.HandleMessageAsync(request, cancellationToken);
            reply = ReplyFactory.Message(activity, answer, _aiGeneratedLabel);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "The turn handler failed in conversation {ConversationId} on {ChannelId}", activity.Conversation?.Id, activity.ChannelId);
            reply = ReplyFactory.Text(activity, TurnPolicy.Apology(TurnPolicy.IsEnglish(activity.Locale)));
        }
        finally
        {
            await typing.CancelAsync();
            await typingLoop;
        }

        await sink.SendAsync(reply, cancellationToken);
    }

    // The first indicator goes out before the question is handed over; then one every 3 s (A6000).
    private async Task TypeAsync(Activity activity, IReplySink sink, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TypingInterval, time, cancellationToken);
                await SendTypingAsync(activity, sink, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task SendTypingAsync(Activity activity, IReplySink sink, CancellationToken cancellationToken)
    {
        try
        {
            await sink.SendAsync(ReplyFactory.Typing(activity), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Typing is a courtesy: its failures never stop the answer.
            logger.LogWarning("Typing indicator not delivered: {Reason}", ex.Message);
        }
    }
}

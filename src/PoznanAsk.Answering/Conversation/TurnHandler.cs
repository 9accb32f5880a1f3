using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Questions;

namespace PoznanAsk.Answering.Conversation;

/// <summary>
/// The transport-free turn handler: empty, over-long and greeting messages get help; everything
/// else is answered by the <see cref="AnswerComposer"/>. It never throws for user input: an
/// internal error is logged and answered with a polite apology (the bot's OnTurnError, but here).
/// </summary>
internal sealed class TurnHandler : ITurnHandler
{
    private readonly Func<AnswerComposer> _composer;
    private readonly TurnPolicy _policy;
    private readonly IFollowUpStore _followUps;
    private readonly TimeProvider _time;
    private readonly Action<Exception, string> _onError;

    /// <summary>
    /// Creates the handler; <paramref name="composer"/> returns the current composer (it changes after
    /// a re-index); <paramref name="onError"/> receives internal errors (the host logs them).
    /// </summary>
    public TurnHandler(Func<AnswerComposer> composer, TurnHandlerOptions options, Action<Exception, string>? onError = null, IFollowUpStore? followUps = null, TimeProvider? time = null)
    {
        _followUps = followUps ?? new MemoryFollowUpStore();
        _time = time ?? TimeProvider.System;
        _policy = new TurnPolicy(options);
        _composer = composer;
        _onError = onError ?? ((_, _) => { });
    }

    /// <inheritdoc />
    public Task<Answer> HandleMessageAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Handle(request));
    }

    /// <inheritdoc />
    public Answer Welcome(string? locale)
    {
        try
        {
            var c = _composer();
            var en = TurnPolicy.IsEnglish(locale);
            var q = Empty(en ? "en" : "pl");
            return HelpComposer.Compose(c.Context, new AnswerDraft(q, c.Context.View), greeting: true);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _onError(ex, "Welcome failed");
            return Apology(TurnPolicy.IsEnglish(locale));
        }
    }

    private Answer Handle(TurnRequest? request)
    {
        var text = request?.Text ?? string.Empty;
        var locale = request?.Locale;
        try
        {
            var c = _composer();
            var trimmed = text.Trim();
            if (trimmed.Length == 0)
            {
                return HelpComposer.Compose(c.Context, new AnswerDraft(Empty(TurnPolicy.IsEnglish(locale) ? "en" : "pl"), c.Context.View), greeting: false);
            }

            if (_policy.IsTooLong(trimmed))
            {
                var q = c.Parser.Parse(trimmed[..Math.Min(trimmed.Length, _policy.MaxQuestionChars)], locale);
                return Reply(_policy.TooLong(TurnPolicy.CharCount(trimmed), q.English), q.English);
            }

            return c.Answer(trimmed, locale);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _onError(ex, $"Answering failed for a message of {text.Length} characters on {request?.ChannelId}");
            return Apology(TurnPolicy.IsEnglish(locale));
        }
    }

    /// <summary>The policy's text as an answer (no citations, nothing found).</summary>
    internal static Answer Reply(string text, bool en) => new(text, [], [], Intents.Help, [], en ? "en" : "pl", null, false);

    private static Answer Apology(bool en) => Reply(TurnPolicy.Apology(en), en);

    private static ParsedQuestion Empty(string language) => new(string.Empty, language, Intents.Help, [], false, null, [], [], [], null);
}

using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Questions;
using PoznanAsk.Answering.Service;

namespace PoznanAsk.Answering.Conversation;

/// <summary>
/// The transport-free turn handler: empty, over-long and greeting messages get help; everything
/// else is answered by the <see cref="AnswerComposer"/>, as a follow-up of the conversation's previous
/// question when it is one (<see cref="FollowUpResolver"/>, context in the <see cref="IFollowUpStore"/>, bounded
/// by the policy's turns and minutes). It never throws for user input: an
/// internal error is logged and answered with a polite apology (the bot's OnTurnError, but here).
/// With an answer cache, the answer to a question (with its locale and the follow-up context it
/// continues) is computed once per composer, i.e. per index snapshot (<see cref="SnapshotCache{TKey, TValue}"/>).
/// </summary>
internal sealed class TurnHandler : ITurnHandler
{
    private readonly Func<AnswerComposer> _composer;
    private readonly TurnPolicy _policy;
    private readonly IFollowUpStore _followUps;
    private readonly TimeProvider _time;
    private readonly Action<Exception, string> _onError;
    private readonly SnapshotCache<TurnKey, Turn> _answers;

    /// <summary>
    /// Creates the handler; <paramref name="composer"/> returns the current composer (it changes after
    /// a re-index); <paramref name="onError"/> receives internal errors (the host logs them);
    /// <paramref name="answerCacheEntries"/> bounds the answer cache (0, the default: none).
    /// </summary>
    public TurnHandler(Func<AnswerComposer> composer, TurnHandlerOptions options, Action<Exception, string>? onError = null, IFollowUpStore? followUps = null, TimeProvider? time = null, int answerCacheEntries = 0)
    {
        _answers = new SnapshotCache<TurnKey, Turn>(answerCacheEntries);
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
        return HandleAsync(request, cancellationToken);
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

    private async Task<Answer> HandleAsync(TurnRequest? request, CancellationToken cancellationToken)
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

            var key = string.IsNullOrEmpty(request?.ConversationId) ? null : FollowUpContext.KeyFor(request.ChannelId, request.ConversationId);
            var previous = key is null ? null : await LoadAsync(key, cancellationToken);
            var context = previous is null || !_answers.Enabled ? null : (previous with { UpdatedAt = default }).ToJson();
            var (resolution, answer) = _answers.GetOrAdd(c, new TurnKey(trimmed, locale, context), k => Compute(c, k, previous));

            if (key is not null && answer.Intent != Intents.Help)
            {
                await SaveAsync(key, FollowUpResolver.Next(resolution, answer, _time.GetUtcNow()), cancellationToken);
            }

            return answer;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            _onError(ex, $"Answering failed for a message of {text.Length} characters on {request?.ChannelId}");
            return Apology(TurnPolicy.IsEnglish(locale));
        }
    }

    private static Turn Compute(AnswerComposer c, TurnKey key, FollowUpContext? previous)
    {
        var resolution = FollowUpResolver.Resolve(c, c.Parser.Parse(key.Text, key.Locale), previous);
        var answer = c.Answer(resolution.Question);
        if (resolution.Note is { } note)
        {
            answer = answer with { Text = note + "\n\n" + answer.Text };
        }

        return new Turn(resolution, answer);
    }

    // The context counts only within the policy's turns and minutes; a store that fails leaves the turn stateless.
    private async Task<FollowUpContext?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var context = await _followUps.LoadFollowUpAsync(key, cancellationToken);
            var fresh = context is not null
                && _time.GetUtcNow() - context.UpdatedAt <= TimeSpan.FromMinutes(_policy.Options.FollowUpMinutes)
                && context.FollowUps < _policy.Options.MaxFollowUpTurns;
            return fresh ? context : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            _onError(ex, "Loading the follow-up context failed; answering without it");
            return null;
        }
    }

    private async Task SaveAsync(string key, FollowUpContext context, CancellationToken cancellationToken)
    {
        try
        {
            await _followUps.SaveFollowUpAsync(key, context, cancellationToken);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            _onError(ex, "Saving the follow-up context failed");
        }
    }

    /// <summary>The policy's text as an answer (no citations, nothing found).</summary>
    internal static Answer Reply(string text, bool en) => new(text, [], [], Intents.Help, [], en ? "en" : "pl", null, false);

    private static Answer Apology(bool en) => Reply(TurnPolicy.Apology(en), en);

    private static ParsedQuestion Empty(string language) => new(string.Empty, language, Intents.Help, [], false, null, [], [], [], null);

    /// <summary>What an answer depends on: the question, its locale and the follow-up context (without its time) it may continue.</summary>
    private sealed record TurnKey(string Text, string? Locale, string? Context);

    /// <summary>A computed turn: the resolved question and its answer.</summary>
    private sealed record Turn(FollowUpResolver.Resolution Resolution, Answer Answer);
}

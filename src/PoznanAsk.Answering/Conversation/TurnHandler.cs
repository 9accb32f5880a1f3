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
    private readonly TurnHandlerOptions _options;
    private readonly Action<Exception, string> _onError;

    /// <summary>
    /// Creates the handler; <paramref name="composer"/> returns the current composer (it changes after
    /// a re-index); <paramref name="onError"/> receives internal errors (the host logs them).
    /// </summary>
    public TurnHandler(Func<AnswerComposer> composer, TurnHandlerOptions options, Action<Exception, string>? onError = null)
    {
        options.Validate();
        _composer = composer;
        _options = options;
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
            var en = IsEnglish(locale);
            var q = Empty(en ? "en" : "pl");
            return HelpComposer.Compose(c.Context, new AnswerDraft(q, c.Context.View), greeting: true);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _onError(ex, "Welcome failed");
            return Apology(IsEnglish(locale));
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
                return HelpComposer.Compose(c.Context, new AnswerDraft(Empty(IsEnglish(locale) ? "en" : "pl"), c.Context.View), greeting: false);
            }

            if (trimmed.Length > _options.MaxQuestionLength)
            {
                var q = c.Parser.Parse(trimmed[.._options.MaxQuestionLength], locale);
                return TooLong(q.Language == "en", trimmed.Length);
            }

            return c.Answer(trimmed, locale);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _onError(ex, $"Answering failed for a message of {text.Length} characters on {request?.ChannelId}");
            return Apology(IsEnglish(locale));
        }
    }

    private Answer TooLong(bool en, int length) => new(
        en ? $"Your message has {length} characters; please ask in at most {_options.MaxQuestionLength}."
           : $"Wiadomość ma {length} znaków; zadaj pytanie w co najwyżej {_options.MaxQuestionLength} znakach.",
        [], [], Intents.Help, [], en ? "en" : "pl", null, false);

    private static Answer Apology(bool en) => new(
        en ? "Sorry, something went wrong while answering. Please try again or rephrase the question."
           : "Przepraszam, coś poszło nie tak przy odpowiadaniu. Spróbuj ponownie albo zadaj pytanie inaczej.",
        [], [], Intents.Help, [], en ? "en" : "pl", null, false);

    private static ParsedQuestion Empty(string language) => new(string.Empty, language, Intents.Help, [], false, null, [], [], [], null);

    private static bool IsEnglish(string? locale) => locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}

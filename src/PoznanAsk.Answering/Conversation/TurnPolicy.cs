using System.Globalization;

namespace PoznanAsk.Answering.Conversation;

/// <summary>
/// The one turn policy every front end applies (engine, <c>/api/messages</c>, Direct Line, REST, CLI): how a
/// question's length is counted and limited, and the polite texts for a refused, failed or queued-out turn.
/// </summary>
public sealed class TurnPolicy
{
    /// <summary>Creates the policy from validated options.</summary>
    public TurnPolicy(TurnHandlerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
    }

    /// <summary>The limits.</summary>
    public TurnHandlerOptions Options { get; }

    /// <summary>Longest question accepted, in characters.</summary>
    public int MaxQuestionChars => Options.MaxQuestionLength;

    /// <summary>The length of <paramref name="text"/> in characters as a person counts them (Unicode code points: an emoji is one).</summary>
    public static int CharCount(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>True when <paramref name="text"/> (already trimmed) is longer than the limit.</summary>
    public bool IsTooLong(string text) => CharCount(text) > MaxQuestionChars;

    /// <summary>The refusal of an over-long question, saying its length and the limit.</summary>
    public string TooLong(int length, bool english) => english
        ? string.Create(CultureInfo.InvariantCulture, $"Your message has {length} characters; please ask in at most {MaxQuestionChars}.")
        : string.Create(CultureInfo.InvariantCulture, $"Wiadomość ma {length} znaków; zadaj pytanie w co najwyżej {MaxQuestionChars} znakach.");

    /// <summary>The apology for an internal error (never the error itself).</summary>
    public static string Apology(bool english) => english
        ? "Sorry, something went wrong while answering. Please try again or rephrase the question."
        : "Przepraszam, coś poszło nie tak przy odpowiadaniu. Spróbuj ponownie albo zadaj pytanie inaczej.";

    /// <summary>The reply when too many questions wait to be answered.</summary>
    public static string Busy(bool english) => english
        ? "Sorry, I have too many questions right now. Please try again in a moment."
        : "Przepraszam, mam teraz zbyt wiele pytań. Spróbuj ponownie za chwilę.";

    /// <summary>True for an English locale (<c>en</c>, <c>en-GB</c>…).</summary>
    public static bool IsEnglish(string? locale) => locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}

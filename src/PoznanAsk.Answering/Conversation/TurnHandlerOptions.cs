using System.ComponentModel.DataAnnotations;

namespace PoznanAsk.Answering.Conversation;

/// <summary>Limits of a turn: the question length and how long follow-up context lasts.</summary>
public sealed class TurnHandlerOptions
{
    /// <summary>Default of <see cref="MaxQuestionLength"/>.</summary>
    public const int DefaultMaxQuestionLength = 500;

    /// <summary>
    /// Longest question accepted, in characters (Unicode code points, not UTF-16 units; default 500). The
    /// one limit the engine, REST, the bot and the page share; longer questions get a polite refusal.
    /// </summary>
    [Range(20, 10_000)]
    public int MaxQuestionLength { get; set; } = DefaultMaxQuestionLength;

    /// <summary>How many follow-ups in a row may carry one question's context (default 5); then a complete question is needed.</summary>
    [Range(1, 100)]
    public int MaxFollowUpTurns { get; set; } = 5;

    /// <summary>Minutes after the last answer during which a follow-up still inherits its context (default 30).</summary>
    [Range(1, 7 * 24 * 60)]
    public int FollowUpMinutes { get; set; } = 30;

    /// <summary>Throws <see cref="ValidationException"/> when a value is out of range.</summary>
    public void Validate() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
}

using System.ComponentModel.DataAnnotations;

namespace PoznanAsk.Answering.Conversation;

/// <summary>Limits of the turn handler.</summary>
public sealed class TurnHandlerOptions
{
    /// <summary>Default of <see cref="MaxQuestionLength"/>.</summary>
    public const int DefaultMaxQuestionLength = 500;

    /// <summary>Longest question accepted, in characters (default 500); longer ones get a polite refusal.</summary>
    [Range(20, 10_000)]
    public int MaxQuestionLength { get; set; } = DefaultMaxQuestionLength;

    /// <summary>Throws <see cref="ValidationException"/> when a value is out of range.</summary>
    public void Validate() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
}

namespace PoznanAsk.Answering;

/// <summary>The answering stage's exception base: bad engine options, unreadable question files.</summary>
public class AnsweringException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AnsweringException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public AnsweringException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public AnsweringException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

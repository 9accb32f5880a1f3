namespace PoznanAsk.Knowledge;

/// <summary>
/// Base of every error the knowledge stage raises (unreadable report, bad manifest or alias file,
/// failed index update). Callers catch this one type; the message is meant for the user.
/// </summary>
public class KnowledgeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KnowledgeException()
    {
    }

    /// <summary>Creates the exception with a message for the user.</summary>
    public KnowledgeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public KnowledgeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

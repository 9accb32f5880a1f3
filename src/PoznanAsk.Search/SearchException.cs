namespace PoznanAsk.Search;

/// <summary>Base of every error the search stage raises on purpose (corrupt index, lock held, bad schema, bad query).</summary>
public class SearchException : Exception
{
    /// <summary>Creates the error with a plain message.</summary>
    public SearchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a plain message and its cause.</summary>
    public SearchException(string message, Exception? inner)
        : base(message, inner)
    {
    }
}

namespace PoznanAsk.Search;

/// <summary>The schema given to a writer differs from the one persisted in the index, or a field/analyzer is unknown.</summary>
public sealed class SchemaMismatchException : SearchException
{
    /// <summary>Creates the error with a plain message.</summary>
    public SchemaMismatchException(string message)
        : base(message)
    {
    }
}

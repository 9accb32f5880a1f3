namespace PoznanAsk.Search.Querying;

/// <summary>How a clause takes part in a <see cref="BooleanQuery"/>.</summary>
public enum Occur
{
    /// <summary>Optional; adds to the score. With no Must/Filter clause at least one (or MinimumShouldMatch) must match.</summary>
    Should,

    /// <summary>Required and scored (<c>+term</c>, <c>AND</c>).</summary>
    Must,

    /// <summary>Required, not scored (e.g. a year filter).</summary>
    Filter,

    /// <summary>Excluded (<c>-term</c>, <c>NOT</c>).</summary>
    MustNot,
}

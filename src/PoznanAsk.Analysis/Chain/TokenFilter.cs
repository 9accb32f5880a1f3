namespace PoznanAsk.Analysis.Chain;

/// <summary>
/// One step of an analysis chain after the tokenizer: rewrites the current term in place, or
/// drops the token (its position is then added to the next kept token's increment, as Lucene's
/// stop filter does). Implementations must be thread-safe (no per-token state in fields).
/// </summary>
public abstract class TokenFilter
{
    /// <summary>Processes one token; returns false to drop it.</summary>
    public abstract bool Apply(TermBuffer term, TokenType type);
}

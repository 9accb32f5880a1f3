namespace PoznanAsk.Analysis;

/// <summary>
/// Receives the tokens of an analysis one by one. The term span is only valid during the call;
/// copy it (or look it up in a dictionary by span) to keep it.
/// </summary>
public delegate void TokenSink(ReadOnlySpan<char> term, int start, int end, int positionIncrement, TokenType type);

/// <summary>
/// Turns text into index terms. The index and the question parser use the same instances, so a
/// question is analysed exactly as the passages were. Implementations are thread-safe.
/// </summary>
public abstract class Analyzer
{
    /// <summary>A short stable name, recorded in the index schema (e.g. <c>polish-stempel</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Streams the tokens of <paramref name="text"/> to <paramref name="sink"/> in order, allocation-light.</summary>
    public abstract void Analyze(string text, TokenSink sink);

    /// <summary>Analyses <paramref name="text"/> into a list (convenient, allocates a string per token).</summary>
    public IReadOnlyList<Token> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        Analyze(text, (term, start, end, inc, type) => tokens.Add(new Token(term.ToString(), start, end, inc, type)));
        return tokens;
    }

    /// <summary>
    /// Normalises a single query term for prefix, wildcard and fuzzy queries, which are not stemmed
    /// (Lucene's <c>Analyzer.normalize</c>: lower-casing, plus folding for a folded field).
    /// </summary>
    public virtual string Normalize(string term) => term.ToLowerInvariant();
}

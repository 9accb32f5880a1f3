using PoznanAsk.Analysis.Tokenization;

namespace PoznanAsk.Analysis.Chain;

/// <summary>
/// StandardTokenizer followed by a fixed list of filters. Thread-safe: the per-run term buffer
/// is cached per thread (taken out while in use, so a sink that re-enters the analyzer simply
/// gets a fresh one).
/// </summary>
internal sealed class ChainAnalyzer : Analyzer
{
    [ThreadStatic]
    private static TermBuffer? t_cachedBuffer;

    private readonly StandardTokenizer _tokenizer;
    private readonly TokenFilter[] _filters;
    private readonly Func<string, string> _normalize;

    public ChainAnalyzer(string name, StandardTokenizer tokenizer, IEnumerable<TokenFilter> filters, Func<string, string> normalize)
    {
        Name = name;
        _tokenizer = tokenizer;
        _filters = [.. filters];
        _normalize = normalize;
    }

    public override string Name { get; }

    public override void Analyze(string text, TokenSink sink)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sink);
        var term = t_cachedBuffer ?? new TermBuffer();
        t_cachedBuffer = null;
        try
        {
            int position = 0;
            int pendingIncrement = 1;
            while (_tokenizer.Next(text, ref position, out int start, out int end, out var type))
            {
                term.Set(text.AsSpan(start, end - start));
                term.ClearStacked();
                if (!ApplyFilters(term, type))
                {
                    pendingIncrement++;
                    continue;
                }

                sink(term.Span, start, end, pendingIncrement, type);
                pendingIncrement = 1;
                for (int i = 0; i < term.StackedCount; i++)
                {
                    sink(term.GetStacked(i), start, end, 0, type);
                }
            }
        }
        finally
        {
            term.ClearStacked();
            t_cachedBuffer = term;
        }
    }

    public override string Normalize(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _normalize(term);
    }

    private bool ApplyFilters(TermBuffer term, TokenType type)
    {
        foreach (var filter in _filters)
        {
            if (!filter.Apply(term, type))
            {
                return false;
            }
        }

        return true;
    }
}

using PoznanAsk.Analysis;
using PoznanAsk.Search.Querying;

namespace PoznanAsk.Search.Highlighting;

/// <summary>
/// Finds the best fragments of a stored text for a query by re-analysing the text with the field's
/// analyzer (and those of its sub-fields, e.g. <c>text.folded</c>) and marking the tokens the query
/// matches: terms, synonyms, prefix/wildcard/fuzzy expansions, and phrase words only where the whole
/// phrase occurs. Fragments are sentences (trimmed to a window around the matches when long), ranked by
/// distinct matched terms, returned in text order. Thread-safe.
/// </summary>
public sealed class Highlighter
{
    /// <summary>Default fragment length in characters.</summary>
    public const int DefaultFragmentChars = 200;

    private readonly IndexSearcher _searcher;
    private readonly Dictionary<string, Analyzer> _analyzers = new(StringComparer.Ordinal);

    /// <summary>Creates a highlighter for hits of <paramref name="searcher"/>.</summary>
    public Highlighter(IndexSearcher searcher, IEnumerable<Analyzer> analyzers)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(analyzers);
        _searcher = searcher;
        foreach (var a in analyzers)
        {
            _analyzers[a.Name] = a;
        }
    }

    /// <summary>The best fragments of stored <paramref name="field"/> of hit <paramref name="doc"/> (empty when the field has no value).</summary>
    public IReadOnlyList<HighlightFragment> Highlight(Query query, int doc, string field, int maxFragments = 1, int fragmentChars = DefaultFragmentChars)
    {
        var text = _searcher.Document(doc).Get(field);
        return text is null ? [] : Highlight(query, field, text, maxFragments, fragmentChars);
    }

    /// <summary>The best fragments of <paramref name="text"/> as if it were the value of <paramref name="field"/>.</summary>
    public IReadOnlyList<HighlightFragment> Highlight(Query query, string field, string text, int maxFragments = 1, int fragmentChars = DefaultFragmentChars)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFragments, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(fragmentChars, 20);
        var terms = new QueryTerms();
        query.CollectTerms(_searcher, terms);
        var matches = new List<(HighlightSpan Span, string Key)>();
        foreach (var def in _searcher.Reader.Schema.Fields)
        {
            if ((def.Name == field || def.CopyFrom == field) && def.Analyzer is { } name && _analyzers.TryGetValue(name, out var analyzer))
            {
                MatchField(def.Name, analyzer, text, terms, matches);
            }
        }

        var spans = matches.GroupBy(m => m.Span).Select(g => (Span: g.Key, g.First().Key)).OrderBy(m => m.Span.Start).ToList();
        return Fragmenter.Best(text, spans, maxFragments, fragmentChars);
    }

    private static void MatchField(string field, Analyzer analyzer, string text, QueryTerms terms, List<(HighlightSpan, string)> matches)
    {
        terms.Terms.TryGetValue(field, out var exact);
        var patterns = terms.Patterns.Where(p => p.Field == field).Select(p => p.Matches).ToList();
        var phrases = terms.Phrases.Where(p => p.Field == field).ToList();
        if (exact is null && patterns.Count == 0 && phrases.Count == 0)
        {
            return;
        }

        var tokens = new List<(string Term, int Start, int End, int Position)>();
        var pos = -1;
        analyzer.Analyze(text, (term, start, end, inc, _) =>
        {
            pos += Math.Max(0, inc);
            tokens.Add((term.ToString(), start, end, Math.Max(0, pos)));
        });

        foreach (var t in tokens)
        {
            if ((exact?.Contains(t.Term) ?? false) || patterns.Any(p => p(t.Term)))
            {
                matches.Add((new HighlightSpan(t.Start, t.End), t.Term));
            }
        }

        foreach (var (_, slots, positions, slop) in phrases)
        {
            MatchPhrase(tokens, slots, positions, slop, matches);
        }
    }

    private static void MatchPhrase(List<(string Term, int Start, int End, int Position)> tokens, string[][] slots, int[] positions, int slop, List<(HighlightSpan, string)> matches)
    {
        var byPosition = tokens.ToLookup(t => t.Position);
        var min = positions.Min();
        foreach (var first in tokens.Where(t => slots[0].Contains(t.Term)))
        {
            var found = new List<(string Term, int Start, int End, int Position)> { first };
            var ok = true;
            for (var i = 1; i < slots.Length && ok; i++)
            {
                var want = first.Position + positions[i] - positions[0];
                var hit = Enumerable.Range(want - slop, (2 * slop) + 1)
                    .SelectMany(p => byPosition[p])
                    .Where(t => slots[i].Contains(t.Term))
                    .OrderBy(t => Math.Abs(t.Position - want))
                    .Cast<(string, int, int, int)?>()
                    .FirstOrDefault();
                ok = hit is not null;
                if (hit is { } h)
                {
                    found.Add(h);
                }
            }

            if (ok)
            {
                foreach (var t in found)
                {
                    matches.Add((new HighlightSpan(t.Start, t.End), "\"" + string.Join(' ', slots.Select(s => s[0])) + "\"" + min));
                }
            }
        }
    }
}

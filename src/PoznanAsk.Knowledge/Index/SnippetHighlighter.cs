using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using PoznanAsk.Knowledge.Text;

namespace PoznanAsk.Knowledge.Index;

/// <summary>
/// Sentence-bounded snippets marked by Lucene.Net's highlighter: for each text field of the query
/// (<c>text</c>, <c>text.lemma</c>, <c>text.folded</c>) a <see cref="QueryScorer"/> over that field's
/// tokens of the stored text marks the matched words (phrases only where the phrase matches); the
/// sentences (<see cref="SentenceSplitter"/>) with the most distinct marked words are the snippets.
/// The tokens come from the searcher's <see cref="TokenCache"/> (the fields' analyzers, replayed).
/// </summary>
internal sealed class SnippetHighlighter
{
    /// <summary>Longest snippet, in UTF-16 units (a longer sentence is cut around its first match).</summary>
    public const int MaxChars = 200;

    private readonly TokenCache _tokens;
    private readonly List<(string Field, QueryScorer Scorer)> _scorers;

    /// <summary>Highlights the terms of <paramref name="query"/> (rewritten) in the stored text of <paramref name="fields"/>.</summary>
    public SnippetHighlighter(TokenCache tokens, Query query, IReadOnlyList<SearchField> fields)
    {
        _tokens = tokens;
        _scorers = fields.Select(f => KnowledgeSchema.Name(f)).Select(f => (f, new QueryScorer(query, f))).ToList();
    }

    /// <summary>The best <paramref name="maxFragments"/> sentences of <paramref name="text"/> (the stored text of document <paramref name="doc"/>), in text order.</summary>
    public IReadOnlyList<IndexSnippet> Snippets(int doc, string text, int maxFragments)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var spans = Marks(doc, text);
        var sentences = SentenceSplitter.Split(text, new TextSpan(0, text.Length));
        if (sentences.Count == 0)
        {
            sentences = [new TextSpan(0, text.Length)];
        }

        var scored = sentences.Select(s =>
        {
            var inside = spans.Where(m => m.Start >= s.Start && m.End <= s.End).ToList();
            var distinct = inside.Select(m => text[m.Start..m.End].ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count();
            return (Span: s, Score: distinct + (0.1 * (inside.Count - distinct)), Marks: inside);
        }).ToList();
        var chosen = scored.Where(x => x.Score > 0).OrderByDescending(x => x.Score).ThenBy(x => x.Span.Start).Take(maxFragments).OrderBy(x => x.Span.Start).ToList();
        if (chosen.Count == 0)
        {
            chosen.Add(scored[0]); // nothing marked here: the opening sentence
        }

        return chosen.Select(x => Cut(text, x.Span, x.Marks)).ToList();
    }

    /// <summary>Marked ranges of the text, merged across fields, in order.</summary>
    private List<TextSpan> Marks(int doc, string text)
    {
        var marks = new List<TextSpan>();
        foreach (var (field, scorer) in _scorers)
        {
            using var tokens = _tokens.Stream(doc, field, text);
            if (tokens is null)
            {
                continue;
            }

            var collector = new MarkCollector();
            var highlighter = new Highlighter(collector, scorer) { TextFragmenter = new NullFragmenter(), MaxDocCharsToAnalyze = text.Length + 1 };
            highlighter.GetBestTextFragments(tokens, text, false, 1);
            marks.AddRange(collector.Marks);
        }

        marks.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<TextSpan>();
        foreach (var m in marks)
        {
            if (merged.Count > 0 && m.Start < merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, m.End) };
            }
            else
            {
                merged.Add(m);
            }
        }

        return merged;
    }

    private static IndexSnippet Cut(string text, TextSpan sentence, List<TextSpan> marks)
    {
        var (start, end) = (sentence.Start, sentence.End);
        if (end - start > MaxChars)
        {
            // A window starting a little before the first match, cut at word boundaries.
            var anchor = marks.Count > 0 ? marks[0].Start : start;
            var from = Math.Max(start, Math.Min(anchor - (MaxChars / 4), end - MaxChars));
            var to = Math.Min(end, from + MaxChars);
            while (from > start && !char.IsWhiteSpace(text[from - 1]) && anchor - from < MaxChars / 2)
            {
                from--;
            }

            while (to < end && to > from && !char.IsWhiteSpace(text[to - 1]) && to - from > MaxChars / 2)
            {
                to--;
            }

            (start, end) = (from, to);
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var inside = marks.Where(m => m.Start >= start && m.End <= end).Select(m => (m.Start - start, m.End - m.Start)).ToList();
        return new IndexSnippet(text[start..end], inside);
    }

    /// <summary>Records the offsets of the token groups the scorer gave a score (the highlighter's "formatter").</summary>
    private sealed class MarkCollector : IFormatter
    {
        public List<TextSpan> Marks { get; } = [];

        public string HighlightTerm(string originalText, TokenGroup tokenGroup)
        {
            if (tokenGroup.TotalScore > 0)
            {
                Marks.Add(new TextSpan(tokenGroup.StartOffset, tokenGroup.EndOffset));
            }

            return originalText;
        }
    }
}

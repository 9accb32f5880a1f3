namespace PoznanAsk.Search.Highlighting;

/// <summary>Cuts a text into sentence fragments and picks the ones with the most distinct matches.</summary>
internal static class Fragmenter
{
    public static IReadOnlyList<HighlightFragment> Best(string text, List<(HighlightSpan Span, string Key)> matches, int maxFragments, int fragmentChars)
    {
        var sentences = Sentences(text);
        var scored = new List<(int Start, int End, float Score, List<(HighlightSpan Span, string Key)> Hits)>();
        foreach (var (s, e) in sentences)
        {
            var hits = matches.Where(m => m.Span.Start >= s && m.Span.End <= e).ToList();
            var distinct = hits.Select(h => h.Key).Distinct(StringComparer.Ordinal).Count();
            var score = distinct + (0.1f * (hits.Count - distinct));
            scored.Add((s, e, score, hits));
        }

        var chosen = scored.Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Start)
            .Take(maxFragments)
            .OrderBy(x => x.Start)
            .ToList();
        if (chosen.Count == 0 && scored.Count > 0)
        {
            chosen.Add(scored[0]); // nothing matched here: the opening sentence, like Lucene's UnifiedHighlighter
        }

        return chosen.Select(x => Trim(text, x.Start, x.End, x.Hits, x.Score, fragmentChars)).ToList();
    }

    private static HighlightFragment Trim(string text, int start, int end, List<(HighlightSpan Span, string Key)> hits, float score, int max)
    {
        if (end - start > max)
        {
            // Window of `max` characters starting a little before the first match, cut at word boundaries.
            var anchor = hits.Count > 0 ? hits[0].Span.Start : start;
            var from = Math.Max(start, Math.Min(anchor - (max / 4), end - max));
            var to = Math.Min(end, from + max);
            while (from > start && !char.IsWhiteSpace(text[from - 1]) && anchor - from < max / 2)
            {
                from--;
            }

            while (to < end && to > from && !char.IsWhiteSpace(text[to - 1]) && to - from > max / 2)
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

        var inside = hits.Where(h => h.Span.Start >= start && h.Span.End <= end).Select(h => h.Span).ToList();
        return new HighlightFragment(start, end, text[start..end], inside, score);
    }

    /// <summary>Sentence ranges: ends after . ! ? … followed by whitespace, and at line breaks.</summary>
    internal static List<(int Start, int End)> Sentences(string text)
    {
        var list = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c == '\n' || (c is '.' or '!' or '?' or '…' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (end)
            {
                if (i + 1 > start && text.AsSpan(start, i + 1 - start).Trim().Length > 0)
                {
                    list.Add((start, i + 1));
                }

                start = i + 1;
            }
        }

        if (start < text.Length && text.AsSpan(start).Trim().Length > 0)
        {
            list.Add((start, text.Length));
        }

        return list;
    }
}

namespace PoznanAsk.Answering.Lists;

/// <summary>
/// The items of a list written inside one sentence: after a colon ("… w 3 klubach radnych: A, B oraz
/// C", "gminy spoza jego granic: A, B, C i D") or, without one, a run of names joined by commas and
/// a final "i"/"oraz"/"and" ("uczestniczyło w pracach A, B i C"), where every item starts with a
/// capital (names) and the first item reaches back over the capitalised words before the first comma.
/// Page extraction sometimes drops the final conjunction and glues two names ("European Cities
/// MarketingICCA", "Unii Metropolii PolskichStowarzyszenia Metropolia Poznań"): a lower-case letter
/// followed by a capital inside a word separates two items as the conjunction would. Offsets are
/// the sentence's, so every item can be cited exactly as written.
/// </summary>
internal static class InlineList
{
    private static readonly string[] Conjunctions = [" oraz ", " i ", " and ", " a także "];
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "i", "w", "we", "na", "dla", "do", "of", "and", "for", "the", "de", "–", "-", "&" };

    /// <summary>The items (start, end within <paramref name="sentence"/>); empty when the sentence holds no list of at least two items.</summary>
    /// <param name="sentence">One sentence.</param>
    /// <param name="stated">The count the sentence states, when known: a final conjunction is not split when the items already number that many ("A, B, kultury i sztuki").</param>
    public static IReadOnlyList<(int Start, int End)> Items(string sentence, int? stated = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var end = sentence.Length;
        while (end > 0 && (char.IsWhiteSpace(sentence[end - 1]) || sentence[end - 1] is '.' or ';' or ',' or '…'))
        {
            end--;
        }

        var colon = sentence.IndexOf(':', StringComparison.Ordinal);
        var named = colon < 0 || colon + 1 >= end;
        var start = named ? 0 : colon + 1;
        var cuts = Separators(sentence, start, end);
        var items = new List<(int Start, int End)>();
        var at = start;
        foreach (var (s, e) in cuts)
        {
            items.Add((at, s));
            at = e;
        }

        items.Add((at, end));
        // The final conjunction (or a glue point) splits the last segment, unless the count is already reached.
        var glued = false;
        if (stated != items.Count && FinalJoin(sentence, items[^1].Start, items[^1].End) is { } join)
        {
            var last = items[^1];
            items[^1] = (last.Start, join.Start);
            items.Add((join.End, last.End));
            glued = join.Start == join.End;
        }

        if (items.Count < 2)
        {
            return [];
        }

        items = items.Select(i => Trim(sentence, i)).ToList();
        if (named)
        {
            // No colon: names only, the run of capitalised items at the end ("W 2020 r. aktywność władz, angażujących
            // się …, widoczna była w pracach A, B"); its first reaches back over capitalised words, the last forward over them.
            var first = items.Count - 1;
            while (first > 0 && items[first].End > items[first].Start && (char.IsUpper(sentence[items[first].Start]) || char.IsDigit(sentence[items[first].Start])))
            {
                first--;
            }

            if (first == items.Count - 1)
            {
                return [];
            }

            // Two names joined by "i" alone are prose ("dla Zarządu i Rady Unii"); a list has a comma, or a glued pair.
            if (first == items.Count - 2 && !glued)
            {
                return [];
            }

            items = items.Skip(first).ToList();
            items[0] = Back(sentence, items[0].End);
            if (items.Count < 2 || items[1..].Any(i => i.End <= i.Start || !char.IsUpper(sentence[i.Start]) && !char.IsDigit(sentence[i.Start])))
            {
                return [];
            }

            items[^1] = Forward(sentence, items[^1].Start, items[^1].End);
        }

        return items.All(i => i.End > i.Start) ? items : [];
    }

    // Commas (and semicolons) outside parentheses, as (start, end) of the separator.
    private static List<(int Start, int End)> Separators(string s, int from, int to)
    {
        var cuts = new List<(int, int)>();
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            depth += s[i] switch { '(' => 1, ')' => depth > 0 ? -1 : 0, _ => 0 };
            if (depth == 0 && s[i] is ',' or ';')
            {
                cuts.Add((i, i + 1));
            }
        }

        return cuts;
    }

    // The last conjunction of a segment, else a glue point ("MarketingICCA"), as (start, end).
    private static (int Start, int End)? FinalJoin(string s, int from, int to)
    {
        var segment = s.AsSpan(from, to - from);
        (int, int)? best = null;
        foreach (var c in Conjunctions)
        {
            var k = segment.LastIndexOf(c, StringComparison.Ordinal);
            if (k > 0 && (best is null || from + k > best.Value.Item1))
            {
                best = (from + k, from + k + c.Length);
            }
        }

        for (var i = to - 1; i > from + 2; i--)
        {
            if (IsGlue(s, i) && (best is null || i > best.Value.Item1))
            {
                return (i, i);
            }
        }

        return best;
    }

    /// <summary>
    /// Whether two names are glued at <paramref name="i"/>: a capital right after a lower-case letter, inside
    /// a word that starts with a capital and has at least three letters before it.
    /// </summary>
    public static bool IsGlue(string s, int i)
    {
        if (i < 3 || i >= s.Length || !char.IsUpper(s[i]) || !char.IsLower(s[i - 1]))
        {
            return false;
        }

        var w = i - 1;
        while (w > 0 && char.IsLower(s[w - 1]))
        {
            w--;
        }

        // w: the first lower-case letter of the run; the word must start with one capital right before it.
        return i - w >= 2 && w >= 1 && char.IsUpper(s[w - 1]) && (w == 1 || !char.IsLetter(s[w - 2]));
    }

    private static (int Start, int End) Trim(string s, (int Start, int End) item)
    {
        var (a, b) = item;
        while (a < b && (char.IsWhiteSpace(s[a]) || s[a] is '•' or '-' or '–')) a++;
        while (b > a && (char.IsWhiteSpace(s[b - 1]) || s[b - 1] is ',' or ';' or '.')) b--;
        return (a, b);
    }

    // From the end of the first item back over capitalised words (and connectors between them).
    private static (int Start, int End) Back(string s, int end)
    {
        var start = end;
        var i = end;
        while (i > 0)
        {
            var we = i;
            while (we > 0 && char.IsWhiteSpace(s[we - 1])) we--;
            var ws = we;
            while (ws > 0 && !char.IsWhiteSpace(s[ws - 1])) ws--;
            if (ws == we)
            {
                break;
            }

            var word = s[ws..we];
            if (char.IsUpper(word[0]) || char.IsDigit(word[0]) && start < end)
            {
                start = ws;
            }
            else if (!Connectors.Contains(word) || start == end)
            {
                break;
            }

            i = ws;
        }

        return (start, end);
    }

    // From the start of the last item forward while words are capitalised (or connectors followed by one).
    private static (int Start, int End) Forward(string s, int start, int end)
    {
        var last = start;
        var i = start;
        while (i < end)
        {
            var ws = i;
            while (ws < end && char.IsWhiteSpace(s[ws])) ws++;
            var we = ws;
            while (we < end && !char.IsWhiteSpace(s[we])) we++;
            if (ws == we)
            {
                break;
            }

            var word = s[ws..we];
            if (char.IsUpper(word[0]) || char.IsDigit(word[0]) || word[0] is '(' or '„' or '"')
            {
                last = we;
            }
            else if (!Connectors.Contains(word))
            {
                break;
            }

            i = we;
        }

        return Trim(s, (start, last));
    }
}

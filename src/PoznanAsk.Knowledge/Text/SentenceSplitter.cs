namespace PoznanAsk.Knowledge.Text;

/// <summary>
/// Splits Polish report text into sentences. A sentence ends at '.', '!' or '?' followed by white
/// space and an upper-case letter, digit or opening quote, unless the word before the period is a
/// common abbreviation ("r.", "m.in.", "pn.", "ds.", "tys."…) or a single letter (an initial).
/// "W 2017 r. Miasto Poznań…" is therefore one sentence, which is what the report means. An ordinal
/// ("30. Konferencja") does not end a sentence either. A blank line always ends one; with
/// <c>lines</c> every line break does (list items, table rows). Leading bullets are not part of a sentence.
/// The one sentence splitter: facts, events and answer quotes all use it.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "r", "m.in", "pn", "ds", "tys", "ul", "św", "im", "np", "tzw", "tj", "ok", "godz", "nr", "prof", "dr",
        "ks", "al", "ww", "wg", "tel", "zob", "por", "oprac", "red", "ang", "łac", "mgr", "inż", "hab", "pkt",
        "ust", "art", "poz", "sp", "o.o", "gen", "płk", "min", "woj", "pow", "gm", "dot", "zw", "jw", "itd", "itp",
        "mln", "mld", "tzn", "ppkt", "lit", "os", "szt", "ha", "mkw", "wyd", "cd", "ub", "br", "pt", "m.st", "ew", "wz",
    };

    /// <summary>Sentence spans of <paramref name="text"/>, trimmed, in order; with <paramref name="lines"/> every line is at least one unit.</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text, bool lines = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text, new TextSpan(0, text.Length), lines).Select(s => (s.Start, s.End)).ToList();
    }

    /// <summary>Sentence spans of <paramref name="text"/>[<paramref name="span"/>], trimmed, in order.</summary>
    internal static IReadOnlyList<TextSpan> Split(string text, TextSpan span, bool lines = false)
    {
        var result = new List<TextSpan>();
        var start = SkipSpace(text, span.Start, span.End);
        for (var i = start; i < span.End; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '\n'))
            {
                continue;
            }

            var next = i + 1;
            if (c != '\n' && (next >= span.End || !char.IsWhiteSpace(text[next])))
            {
                continue;
            }

            var after = SkipSpace(text, next, span.End);
            var boundary = c == '\n' ? lines || HasBlankLineBefore(text, i, span.Start) : after < span.End && StartsSentence(text[after]) && !IsAbbreviation(text, start, i) && !IsOrdinal(text, start, i);
            if (boundary)
            {
                AddTrimmed(text, start, c == '\n' ? i : i + 1, result);
                start = after;
                i = after - 1;
            }
        }

        AddTrimmed(text, start, span.End, result);
        return result;
    }

    private static bool HasBlankLineBefore(string text, int newline, int floor)
    {
        for (var j = newline - 1; j >= floor && text[j] != '\n'; j--)
        {
            if (!char.IsWhiteSpace(text[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || "„\"«(".Contains(c);

    private static bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        var j = period;
        while (j > sentenceStart && !char.IsWhiteSpace(text[j - 1]) && text[j - 1] is not ('(' or '„' or '"'))
        {
            j--;
        }

        var word = text[j..period];
        return word.Length == 1 && char.IsLetter(word[0]) || Abbreviations.Contains(word);
    }

    // "30. Konferencja": one or two digits after a space (not a year, not "2017.") are an ordinal; so is
    // the month of a date ("(31.12. 2018 r.)").
    private static bool IsOrdinal(string text, int sentenceStart, int period)
    {
        var d = DigitsBefore(text, sentenceStart, period);
        if (period - 1 - d is not (>= 1 and <= 2))
        {
            return false;
        }

        if (d >= sentenceStart && text[d] == '.')
        {
            var day = DigitsBefore(text, sentenceStart, d);
            return d - 1 - day is >= 1 and <= 2 && (day < sentenceStart || char.IsWhiteSpace(text[day]) || text[day] == '(');
        }

        return d < sentenceStart || char.IsWhiteSpace(text[d]);
    }

    private static int DigitsBefore(string text, int sentenceStart, int at)
    {
        var d = at - 1;
        while (d >= sentenceStart && char.IsAsciiDigit(text[d]))
        {
            d--;
        }

        return d;
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> result)
    {
        start = SkipSpace(text, start, end);
        while (start < end && text[start] is '•' or '·' or '–' or '-' or '*' or '▪' && (start + 1 == end || char.IsWhiteSpace(text[start + 1])))
        {
            start = SkipSpace(text, start + 1, end);
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new TextSpan(start, end));
        }
    }
}

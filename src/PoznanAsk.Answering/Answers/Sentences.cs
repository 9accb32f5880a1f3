namespace PoznanAsk.Answering.Answers;

/// <summary>
/// Cuts a passage into citable units: sentences of running text and lines (list items), with
/// bullets, leading spaces and trailing list punctuation left outside the span so the quote reads
/// cleanly yet stays an exact substring. A sentence ends at ". ", "! ", "? " or a line break;
/// "r." and one-letter abbreviations ("m.in.", "ds.") do not end one.
/// </summary>
internal static class Sentences
{
    /// <summary>(start, end) spans of the units of <paramref name="text"/>.</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lineEnd = c is '\n' or '\r';
            var sentenceEnd = c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !IsAbbreviation(text, i);
            if (lineEnd || sentenceEnd)
            {
                Add(text, start, sentenceEnd ? i + 1 : i, spans);
                start = i + 1;
            }
        }

        Add(text, start, text.Length, spans);
        return spans;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        // "30. Konferencja": an ordinal number (up to 3 digits) does not end a sentence; a year does.
        var d = dot - 1;
        while (d >= 0 && char.IsAsciiDigit(text[d]))
        {
            d--;
        }

        if (dot - 1 - d is >= 1 and <= 3 && (d < 0 || !char.IsLetter(text[d])))
        {
            return true;
        }

        var j = dot - 1;
        while (j >= 0 && char.IsLetter(text[j]))
        {
            j--;
        }

        var word = text.AsSpan(j + 1, dot - j - 1);
        return word.Length == 1 || word is "r" or "ds" or "in" or "tys" or "mln" or "mld" or "pn" or "ul" or "nr" or "tzw" or "np";
    }

    private static void Add(string text, int start, int end, List<(int, int)> spans)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '•' or '-' or '–' or '*' or '·'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ';' or ','))
        {
            end--;
        }

        if (end - start >= 2)
        {
            spans.Add((start, end));
        }
    }
}

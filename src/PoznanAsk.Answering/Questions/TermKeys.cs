using PoznanAsk.Analysis;

namespace PoznanAsk.Answering.Questions;

/// <summary>
/// Attaches to every word the folded terms the index analyzer makes of it, so a question word and
/// a name word meet whenever the index would match them (same stem or lemma), and then some.
/// </summary>
internal static class TermKeys
{
    /// <summary>For each word of <paramref name="text"/>, the folded analyzer terms starting inside it.</summary>
    public static string[][] For(string text, IReadOnlyList<Word> words, Analyzer? analyzer)
    {
        var keys = new List<string>[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            keys[i] = [];
        }

        if (analyzer is not null && words.Count > 0)
        {
            try
            {
                analyzer.Analyze(text, (term, start, end, inc, type) =>
                {
                    var w = FindWord(words, start);
                    if (w >= 0)
                    {
                        var folded = TextFolding.Fold(term);
                        if (!keys[w].Contains(folded))
                        {
                            keys[w].Add(folded);
                        }
                    }
                });
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Analysis is an aid to matching; the surface rules in WordMatcher still apply without it.
            }
        }

        return keys.Select(k => k.ToArray()).ToArray();
    }

    private static int FindWord(IReadOnlyList<Word> words, int offset)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (offset >= words[i].Start && offset < words[i].End)
            {
                return i;
            }

            if (words[i].Start > offset)
            {
                return -1;
            }
        }

        return -1;
    }
}

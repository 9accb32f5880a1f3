using PoznanAsk.Answering.Questions;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// Finds a name in text that writes it inflected ("Związek Miast Polskich" in "dokonania Związku Miast
/// Polskich"): the same folded words in order, each the same up to an ending of at most three letters.
/// One rule for the never-invent audit and for answers that name an organisation the text mentions.
/// </summary>
internal static class InflectedName
{
    /// <summary>Index of the first word of <paramref name="words"/> where <paramref name="name"/> (folded words) starts, or -1.</summary>
    public static int Find(IReadOnlyList<string> name, IReadOnlyList<string> words)
    {
        for (var i = 0; i + name.Count <= words.Count; i++)
        {
            var all = name.Count > 0;
            for (var k = 0; k < name.Count && all; k++)
            {
                all = Same(name[k], words[i + k]);
            }

            if (all)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Equal, or the same stem with endings of at most three letters ("unia"/"unii", "zwiazek"/"zwiazku").</summary>
    public static bool Same(string a, string b) =>
        a == b || (WordMatcher.CommonPrefix(a, b) is var p && p >= 3 && p >= Math.Max(a.Length, b.Length) - 3);
}

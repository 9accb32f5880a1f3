namespace PoznanAsk.Answering.Questions;

/// <summary>
/// Cuts text into runs of letters or digits. Deliberately simpler than the index tokenizer: it is
/// used for cue words, years and name alignment, where "Ille-et-Vilaine" and "Ille et Vilaine"
/// must give the same words and punctuation such as "&amp;" or "–" must vanish; two names glued by page
/// extraction ("European Cities MarketingICCA") are two words.
/// </summary>
internal static class WordSplitter
{
    /// <summary>Splits <paramref name="text"/> into words.</summary>
    public static List<Word> Split(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var digits = char.IsDigit(text[i]);
            // Two names glued by page extraction ("MarketingICCA") are two words (Lists.InlineList.IsGlue).
            while (i < text.Length && char.IsLetterOrDigit(text[i]) && char.IsDigit(text[i]) == digits && (i == start || digits || !Lists.InlineList.IsGlue(text, i)))
            {
                i++;
            }

            var word = text.Substring(start, i - start);
            words.Add(new Word(word, TextFolding.Fold(word), start, i, words.Count));
        }

        return words;
    }
}

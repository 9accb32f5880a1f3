namespace PoznanAsk.Answering.Questions;

/// <summary>
/// Polish or English, from the words outside organisation names (so "European Cities Marketing"
/// does not make a Polish question English). A lower-case word with Polish letters decides at once
/// (a capitalised one is a Polish name and counts as one marker); otherwise the more frequent marker
/// words win, ties go to the client's locale and then to Polish.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>Returns "pl" or "en".</summary>
    public static string Detect(string text, IReadOnlyList<Word> words, IReadOnlySet<int> masked, string? locale, Func<string, bool>? isSubject = null)
    {
        var pl = 0;
        var en = 0;
        foreach (var w in words)
        {
            if (masked.Contains(w.Index))
            {
                continue;
            }

            // The city's own name ("Poznań") and other Polish names ("Grunwald Północ", "Jaśkowiak") are
            // written the Polish way in English questions too: a capitalised word with Polish letters is
            // one Polish marker; a lower-case one decides.
            if (TextFolding.HasPolishLetters(w.Text) && isSubject?.Invoke(w.Folded) != true)
            {
                if (!w.IsCapitalised || w.Index == 0)
                {
                    return "pl";
                }

                pl++;
            }

            if (Lexicon.Polish.Contains(w.Folded))
            {
                pl++;
            }

            if (Lexicon.English.Contains(w.Folded))
            {
                en++;
            }
        }

        if (en != pl)
        {
            return en > pl ? "en" : "pl";
        }

        return locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "pl";
    }
}

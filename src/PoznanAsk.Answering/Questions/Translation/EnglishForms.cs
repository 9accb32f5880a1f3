namespace PoznanAsk.Answering.Questions.Translation;

/// <summary>
/// The dictionary forms an inflected English word may come from, most likely first: the word itself,
/// then what regular inflection (plural, past tense, gerund, possessive) and British/American spelling
/// make of it ("expenditures" → "expenditure", "awarded" → "award", "organised" → "organise" →
/// "organize", "cities" → "city"). Rules, not a word list; a dictionary lookup decides which form exists.
/// </summary>
internal static class EnglishForms
{
    /// <summary>Candidate headwords for <paramref name="word"/> (lower case), distinct, the word first.</summary>
    public static IReadOnlyList<string> Of(string word)
    {
        var forms = new List<string>();
        void Add(string f)
        {
            if (f.Length >= 2 && !forms.Contains(f))
            {
                forms.Add(f);
            }
        }

        var w = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
        Add(w);
        if (w.EndsWith("ies", StringComparison.Ordinal))
        {
            Add(w[..^3] + "y");
        }

        if (w.EndsWith("es", StringComparison.Ordinal))
        {
            Add(w[..^2]);
        }

        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            Add(w[..^1]);
        }

        foreach (var suffix in new[] { "ed", "ing" })
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal) || w.Length <= suffix.Length + 2)
            {
                continue;
            }

            var stem = w[..^suffix.Length];
            Add(stem);
            Add(stem + "e");
            if (stem.EndsWith('i'))
            {
                Add(stem[..^1] + "y");
            }

            // "planned" → "plan", "submitted" → "submit".
            if (stem.Length >= 3 && stem[^1] == stem[^2])
            {
                Add(stem[..^1]);
            }
        }

        foreach (var f in forms.ToList())
        {
            Add(f.Replace("isation", "ization", StringComparison.Ordinal).Replace("ise", "ize", StringComparison.Ordinal));
            Add(f.Replace("ization", "isation", StringComparison.Ordinal).Replace("ize", "ise", StringComparison.Ordinal));
            if (f.EndsWith("our", StringComparison.Ordinal))
            {
                Add(f[..^3] + "or");
            }

            if (f.EndsWith("tre", StringComparison.Ordinal))
            {
                Add(f[..^3] + "ter");
            }
        }

        return forms;
    }
}

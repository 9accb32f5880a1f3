using PoznanAsk.Analysis;

namespace PoznanAsk.Answering.Questions;

/// <summary>
/// Compares two folded words tolerating Polish inflection and small typos, on top of whatever the
/// analyzer already merged. The inflection rule (a shared prefix of at least 4 letters, endings of at
/// most 3–4 letters; or a three-letter stem followed by case endings only, in a word of five letters or more: "Brnem" – "Brnie") is what a user's "Związku" needs to meet "Związek" when a stemmer splits them;
/// the typo rule follows <see cref="TypoTolerance.Allowed"/>. Short words must match exactly: for
/// "w", "do", "unii" a guess does more harm than good (the analyzer handles "unii" → "unia").
/// </summary>
internal static class WordMatcher
{
    /// <summary>Score of an exact match of folded forms.</summary>
    public const double Exact = 1.0;

    /// <summary>Score when the analyzer gives both words a common term.</summary>
    public const double SameTerm = 0.95;

    /// <summary>Score of an inflection-like match.</summary>
    public const double Inflection = 0.85;

    /// <summary>Score of a typo-like match.</summary>
    public const double Typo = 0.8;

    // Case endings after a three-letter stem (one of the words five letters or more; "unii"/"unia" stay
    // the analyzer's): short names decline too ("Brnem", "Brnie", "Brna").
    private static readonly HashSet<string> CaseEndings = new(StringComparer.Ordinal)
    {
        "a", "e", "i", "o", "u", "y", "em", "ie", "om", "ach", "ami", "owi",
    };

    /// <summary>Whether a text word is the question word (any of its forms) inflected or mistyped.</summary>
    public static bool Matches(Word question, Word text)
    {
        // The forms are the folded word, then its alternatives (Word.Forms), compared without
        // building that sequence: this runs for every question word against every sentence word.
        if (Similarity(question.Folded, text.Folded) >= Typo)
        {
            return true;
        }

        if (question.Alternatives is { } alternatives)
        {
            for (var i = 0; i < alternatives.Count; i++)
            {
                if (Similarity(alternatives[i], text.Folded) >= Typo)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Similarity of two folded words in [0, 1]; 0 means no match.</summary>
    public static double Similarity(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return Exact;
        }

        if (a.Length < 4 || b.Length < 4 || char.IsDigit(a[0]) || char.IsDigit(b[0]))
        {
            return 0;
        }

        var p = CommonPrefix(a, b);
        var longer = Math.Max(a.Length, b.Length);
        var shorter = Math.Min(a.Length, b.Length);
        if ((p >= 4 && longer - p <= 4 && shorter - p <= 3) || (p == 3 && longer >= 5 && CaseEndings.Contains(a[p..]) && CaseEndings.Contains(b[p..])))
        {
            return Inflection;
        }

        var allowed = TypoTolerance.Allowed(shorter);
        return allowed > 0 && EditDistance.Bounded(a, b, allowed) <= allowed ? Typo : 0;
    }

    /// <summary>Length of the common prefix.</summary>
    public static int CommonPrefix(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < n && a[i] == b[i])
        {
            i++;
        }

        return i;
    }
}

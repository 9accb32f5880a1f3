using System.Text;
using PoznanAsk.Analysis.Filters;

namespace PoznanAsk.Answering.Questions;

/// <summary>
/// Lower-cases and strips diacritics so that "Związek", "zwiazek" and "ZWIĄZEK" compare equal.
/// Folding is used only for matching a question against names and passages, never for display:
/// it merges sąd/sad, which is harmless when a user has typed without Polish letters anyway.
/// </summary>
internal static class TextFolding
{
    /// <summary>Folds one word or a whole text.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(FoldChar(c));
        }

        return sb.ToString();
    }

    /// <summary>Folds one character.</summary>
    public static char FoldChar(char c) => DiacriticFolding.FoldChar(char.ToLowerInvariant(c));

    /// <summary>True when the text contains a Polish letter with a diacritic.</summary>
    public static bool HasPolishLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if ("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".Contains(c, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

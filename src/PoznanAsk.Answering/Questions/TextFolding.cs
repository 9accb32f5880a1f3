using System.Buffers;
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
        // One char per char: fold into a buffer on the stack (words) or a pooled one (whole texts).
        char[]? rented = null;
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length)).AsSpan(0, text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            buffer[i] = FoldChar(text[i]);
        }

        var folded = new string(buffer);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return folded;
    }

    /// <summary>
    /// Folds a word that is already a string: the same string when folding changes nothing
    /// (most words of the reports are lower-case without Polish letters), so no copy is made.
    /// </summary>
    public static string Fold(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (FoldChar(word[i]) != word[i])
            {
                return Fold(word.AsSpan());
            }
        }

        return word;
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

using PoznanAsk.Analysis.Chain;
using PoznanAsk.Analysis.Stempel;

namespace PoznanAsk.Analysis.Filters;

/// <summary>
/// Lucene's <c>StempelFilter</c> (spec §3.5): tokens of ≤ 3 units pass unchanged, a null stem
/// leaves the token unchanged; offsets, increments and type are never touched. Optional
/// <see cref="StemGuards"/> add the index chain's deviations. The stem is computed in a stack
/// buffer and copied back only when it differs, so unchanged tokens cost no writes.
/// </summary>
internal sealed class StempelFilter(StempelStemmer stemmer, StemGuards guards = StemGuards.None) : TokenFilter
{
    /// <summary>Lucene's <c>DEFAULT_MIN_LENGTH</c>: only longer tokens are stemmed.</summary>
    public const int MinLength = 3;

    public StemGuards Guards => guards;

    public override bool Apply(TermBuffer term, TokenType type)
    {
        var word = term.Span;
        if (word.Length <= MinLength || IsGuarded(word, guards))
        {
            return true;
        }

        int capacity = stemmer.StemCapacity(word.Length);
        Span<char> stem = capacity <= 512 ? stackalloc char[capacity] : new char[capacity];
        int length = stemmer.Stem(word, stem);
        if (length < 0 || ((guards & StemGuards.ShortStems) != 0 && length < MinLength))
        {
            return true;
        }

        if (!stem[..length].SequenceEqual(word))
        {
            term.Set(stem[..length]);
        }

        return true;
    }

    /// <summary>True when <paramref name="guards"/> keep <paramref name="word"/> unstemmed.</summary>
    public static bool IsGuarded(ReadOnlySpan<char> word, StemGuards guards)
    {
        if (guards == StemGuards.None)
        {
            return false;
        }

        foreach (char c in word)
        {
            if ((guards & StemGuards.Digits) != 0 && char.IsDigit(c))
            {
                return true;
            }

            if ((guards & StemGuards.Joined) != 0 && c is '.' or ':' or '\'' or '\u2019' or '_')
            {
                return true;
            }
        }

        return false;
    }
}

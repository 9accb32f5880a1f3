using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PoznanAsk.Analysis.Filters;

namespace PoznanAsk.Analysis.Stempel;

/// <summary>
/// Lucene's <c>StempelFilter</c> as a Lucene.Net <see cref="TokenFilter"/> over the project's table reader
/// (spec §3.5). Precondition: the input is lower-cased. Keyword tokens and tokens of ≤ 3 units pass
/// unchanged, a null stem leaves the token unchanged; offsets, increments and type are never touched.
/// Optional <see cref="StemGuards"/> add the index chain's deviations. The stem is written to a buffer
/// the filter owns (one filter per thread and field), so no token allocates.
/// </summary>
internal sealed class StempelFilter : TokenFilter
{
    /// <summary>Lucene's <c>DEFAULT_MIN_LENGTH</c>: only longer tokens are stemmed.</summary>
    public const int MinLength = 3;

    private readonly StempelStemmer _stemmer;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private char[] _stem = new char[64];

    public StempelFilter(TokenStream input, StempelStemmer stemmer, StemGuards guards = StemGuards.None)
        : base(input)
    {
        _stemmer = stemmer;
        Guards = guards;
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public StemGuards Guards { get; }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = _term.Buffer.AsSpan(0, _term.Length);
        if (_keyword.IsKeyword || word.Length <= MinLength || IsGuarded(word, Guards))
        {
            return true;
        }

        int capacity = _stemmer.StemCapacity(word.Length);
        if (_stem.Length < capacity)
        {
            _stem = new char[Math.Max(capacity, _stem.Length * 2)];
        }

        int length = _stemmer.Stem(word, _stem);
        if (length >= 0 && ((Guards & StemGuards.ShortStems) == 0 || length >= MinLength))
        {
            _term.CopyBuffer(_stem, 0, length);
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

namespace PoznanAsk.Analysis.Tokenization;

/// <summary>
/// Lucene 8's StandardTokenizer (UAX #29 word breaks with Lucene's Unicode 9.0 data and its
/// emoji/Asian rules), spec §5: at each position the longest match of any rule wins (ties to the
/// earlier rule), a match never spans more than 255 UTF-16 units (longer words are cut into
/// pieces), and where nothing matches one code point is dropped. Offsets are UTF-16 indices.
/// Immutable and thread-safe; all per-text state lives in the caller's <c>position</c>.
/// </summary>
internal sealed class StandardTokenizer
{
    /// <summary>Lucene's default (and maximum buffer) token length in UTF-16 units.</summary>
    public const int MaxTokenLength = 255;

    private readonly CharClassTable _classes;
    private readonly ScannerDfa _dfa;

    public StandardTokenizer(CharClassTable classes)
    {
        _classes = classes;
        _dfa = ScannerDfa.Build(TokenGrammar.Rules());
    }

    /// <summary>The tokenizer over the embedded class table.</summary>
    public static StandardTokenizer Default { get; } = new(CharClassTable.Embedded);

    public int DfaStateCount => _dfa.StateCount;

    /// <summary>
    /// Finds the next token at or after <paramref name="position"/> and moves
    /// <paramref name="position"/> past it. Returns false at the end of the text.
    /// </summary>
    public bool Next(ReadOnlySpan<char> text, ref int position, out int start, out int end, out TokenType type)
    {
        int pos = position;
        while (pos < text.Length)
        {
            int limit = Math.Min(text.Length, pos + MaxTokenLength);
            int state = 0;
            int p = pos;
            int bestEnd = -1;
            int bestRule = -1;
            int firstWidth = 0;
            while (p < text.Length)
            {
                int cp = text[p];
                int width = 1;
                if (char.IsHighSurrogate((char)cp) && p + 1 < text.Length && char.IsLowSurrogate(text[p + 1]))
                {
                    cp = char.ConvertToUtf32((char)cp, text[p + 1]);
                    width = 2;
                }

                if (p == pos)
                {
                    firstWidth = width;
                }

                if (p + width > limit)
                {
                    break;
                }

                state = _dfa.Next(state, _classes[cp]);
                if (state == ScannerDfa.Dead)
                {
                    break;
                }

                p += width;
                int rule = _dfa.AcceptedRule(state);
                if (rule >= 0)
                {
                    bestEnd = p;
                    bestRule = rule;
                }
            }

            if (bestEnd > 0)
            {
                start = pos;
                end = bestEnd;
                type = TokenGrammar.RuleTypes[bestRule];
                position = bestEnd;
                return true;
            }

            pos += firstWidth;
        }

        position = pos;
        start = end = 0;
        type = default;
        return false;
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using PoznanAsk.Analysis.Filters;

namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// The lemma step of <c>polish-lemma</c> (spec §5 policy) as a Lucene.Net <see cref="TokenFilter"/>, placed
/// right after the tokenizer because it needs the word's original case: numbers and digit-bearing tokens
/// pass through lower-cased, stop words are removed by their lower-cased surface form (before
/// lemmatising, so "nie" never becomes the pronoun "on"; their positions go to the next token, as
/// <c>StopFilter</c> does), a known word becomes all its distinct lower-cased lemmas at one position
/// (the first replaces the token, the others follow with position increment 0 and the same offsets),
/// and an unknown word stays lower-cased (plus the lemmas of its restored diacritic spellings).
/// One filter per thread and field (Lucene.Net's reuse), so its collector needs no locking.
/// </summary>
internal sealed class MorfologikLemmaFilter : TokenFilter
{
    private static readonly string AlphaNum = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];

    private readonly CharArraySet _stopWords;
    private readonly int _maxWordLength;
    private readonly LemmaCollector _collector;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;
    private int _stacked;
    private int _stackedCount;
    private int _start;
    private int _end;
    private string _stackedType = AlphaNum;
    private int _skipped;

    public MorfologikLemmaFilter(TokenStream input, MorfologikDictionary dictionary, CharArraySet stopWords, MorfologikOptions options)
        : base(input)
    {
        _stopWords = stopWords;
        _maxWordLength = options.MaxWordLength;
        _collector = new LemmaCollector(dictionary, options.DiacriticRestoration, options.MaxRestoredForms);
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_stacked < _stackedCount)
        {
            ClearAttributes();
            SetTerm(_collector.Term(_stacked++));
            _offset.SetOffset(_start, _end);
            _type.Type = _stackedType;
            _increment.PositionIncrement = 0;
            return true;
        }

        _stacked = _stackedCount = 0;
        _skipped = 0;
        while (m_input.IncrementToken())
        {
            var buffer = _term.Buffer;
            var length = _term.Length;
            var word = buffer.AsSpan(0, length);
            if (_type.Type != AlphaNum || word.IndexOfAnyInRange('0', '9') >= 0 || length > _maxWordLength)
            {
                // Numbers, digit-bearing tokens ("2021", "A4"), non-alphabetic scripts and over-long tokens: no lemmatising.
                LowerCasing.InPlace(buffer, 0, length);
                if (_stopWords.Contains(buffer, 0, length))
                {
                    _skipped += _increment.PositionIncrement;
                    continue;
                }

                return Emit();
            }

            if (_collector.IsStopWord(word, _stopWords))
            {
                _skipped += _increment.PositionIncrement;
                continue;
            }

            _collector.Collect(word);
            SetTerm(_collector.Term(0));
            if (_collector.Count > 1)
            {
                (_stacked, _stackedCount, _start, _end, _stackedType) = (1, _collector.Count, _offset.StartOffset, _offset.EndOffset, _type.Type);
            }

            return Emit();
        }

        return false;
    }

    public override void End()
    {
        base.End();
        _increment.PositionIncrement += _skipped;
    }

    public override void Reset()
    {
        base.Reset();
        _stacked = _stackedCount = _skipped = 0;
    }

    /// <summary>The index terms of one word (for <c>PolishLemmaAnalyzer.Lemmas</c>); ignores stop words.</summary>
    internal static IReadOnlyList<string> Lemmas(LemmaCollector collector, string word)
    {
        collector.Collect(word);
        var terms = new string[collector.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = collector.Term(i).ToString();
        }

        return terms;
    }

    private bool Emit()
    {
        _increment.PositionIncrement += _skipped;
        _skipped = 0;
        return true;
    }

    private void SetTerm(ReadOnlySpan<char> term)
    {
        term.CopyTo(_term.ResizeBuffer(term.Length));
        _term.SetLength(term.Length);
    }
}

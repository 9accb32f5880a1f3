using PoznanAsk.Analysis.Chain;
using PoznanAsk.Analysis.Filters;

namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// The chain step of <c>polish-lemma</c> (spec §5 policy), placed right after the tokenizer because
/// it needs the word's original case: numbers and digit-bearing tokens pass through lower-cased,
/// stop words are removed by their lower-cased surface form (before lemmatising, so "nie" never
/// becomes the pronoun "on"), a known word becomes all its distinct lower-cased lemmas at one
/// position (the first replaces the token, the others are stacked with increment 0), and an
/// unknown word stays lower-cased (plus the lemmas of its restored diacritic spellings).
/// Thread-safe: the lookup buffers live in one <see cref="LemmaCollector"/> per thread.
/// </summary>
internal sealed class MorfologikLemmaFilter : TokenFilter
{
    private readonly StopWords _stopWords;
    private readonly int _maxWordLength;
    private readonly ThreadLocal<LemmaCollector> _collectors;

    public MorfologikLemmaFilter(MorfologikDictionary dictionary, StopWords stopWords, MorfologikOptions options)
    {
        _stopWords = stopWords;
        _maxWordLength = options.MaxWordLength;
        var mode = options.DiacriticRestoration;
        var max = options.MaxRestoredForms;
        _collectors = new ThreadLocal<LemmaCollector>(() => new LemmaCollector(dictionary, mode, max));
    }

    /// <summary>This thread's collector (for tests and the benchmark).</summary>
    internal LemmaCollector Collector => _collectors.Value!;

    public override bool Apply(TermBuffer term, TokenType type)
    {
        var word = term.Span;
        if (type != TokenType.AlphaNum || word.IndexOfAnyInRange('0', '9') >= 0 || word.Length > _maxWordLength)
        {
            // Numbers, digit-bearing tokens ("2021", "A4"), non-alphabetic scripts and over-long tokens: no lemmatising.
            JavaLowerCase.InPlace(word);
            return !_stopWords.Contains(word);
        }

        var collector = _collectors.Value!;
        if (_stopWords.Contains(collector.Lower(word)))
        {
            return false;
        }

        collector.Collect(word);
        term.Set(collector.Term(0));
        for (var i = 1; i < collector.Count; i++)
        {
            term.Stack(collector.Term(i));
        }

        return true;
    }
}

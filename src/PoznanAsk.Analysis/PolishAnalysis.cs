using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using PoznanAsk.Analysis.Filters;
using PoznanAsk.Analysis.Stempel;

namespace PoznanAsk.Analysis;

/// <summary>
/// The Polish analyzers of PoznanAsk, sharing one loaded Stempel table and stop-word set. Every chain
/// is a Lucene.Net analyzer: Lucene 4.8's <c>StandardTokenizer</c> → <c>LowerCaseFilter</c> →
/// <c>StopFilter</c> (Lucene's Polish stop words) → the project's filters (folding, Stempel). The index
/// and the question parser both take their analyzers from here, so questions are analysed exactly like
/// passages. Immutable and thread-safe; load once per process.
/// </summary>
public sealed class PolishAnalysis
{
    /// <summary>The Lucene behaviour version of every chain (and of the index).</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Name of <see cref="Reference"/>: Lucene's <c>PolishAnalyzer</c> chain.</summary>
    public const string ReferenceName = "lucene-polish";

    /// <summary>Name of <see cref="Stemmed"/>: the index chain (Stempel with named deviations).</summary>
    public const string StemmedName = "polish";

    /// <summary>Name of <see cref="Folded"/>: the diacritic-folded chain.</summary>
    public const string FoldedName = "polish-folded";

    /// <summary>Name reserved for the Morfologik lemma analyzer, added with <see cref="WithAnalyzer"/>.</summary>
    public const string LemmaName = "polish-lemma";

    /// <summary>Index chain guards (docs/analysis.md): digits and joined tokens stay unstemmed, stems shorter than 3 are rejected.</summary>
    internal const StemGuards IndexGuards = StemGuards.Digits | StemGuards.Joined | StemGuards.ShortStems;

    private readonly Dictionary<string, LuceneChainAnalyzer> _analyzers;
    private readonly IReadOnlyList<string> _stopWords;
    private readonly CharArraySet _stopSet;

    private PolishAnalysis(StempelStemmer stemmer, IReadOnlyList<string> stopWords, CharArraySet stopSet, Dictionary<string, LuceneChainAnalyzer> analyzers)
    {
        Stemmer = stemmer;
        _stopWords = stopWords;
        _stopSet = stopSet;
        _analyzers = analyzers;
    }

    /// <summary>Lucene's <c>PolishAnalyzer</c> chain (what <c>poznanask analyze</c> prints).</summary>
    public LuceneChainAnalyzer Reference => _analyzers[ReferenceName];

    /// <summary>The chain of the primary (stemmed, diacritics kept) index field.</summary>
    public LuceneChainAnalyzer Stemmed => _analyzers[StemmedName];

    /// <summary>The chain of the diacritic-folded index field (for questions typed without Polish letters).</summary>
    public LuceneChainAnalyzer Folded => _analyzers[FoldedName];

    /// <summary>The names <see cref="Get"/> accepts.</summary>
    public IReadOnlyCollection<string> Names => _analyzers.Keys;

    /// <summary>Lucene's Polish stop words (lower-case).</summary>
    public IReadOnlyCollection<string> StopWords => [.. _stopWords];

    internal StempelStemmer Stemmer { get; }

    /// <summary>
    /// Loads the Stempel table and stop words named by <paramref name="options"/> and builds the
    /// analyzers. Throws <see cref="AnalysisException"/> naming the file when a resource is
    /// missing, truncated or corrupt.
    /// </summary>
    public static PolishAnalysis Load(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var stemmer = StempelStemmer.Load(options.StempelTablePath);
        var stopWords = Filters.StopWords.Load(options.StopWordsPath);
        return Create(stemmer, stopWords);
    }

    /// <summary>The analyzer called <paramref name="name"/>; throws <see cref="AnalysisException"/> listing the known names otherwise.</summary>
    public LuceneChainAnalyzer Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _analyzers.TryGetValue(name, out var analyzer)
            ? analyzer
            : throw new AnalysisException($"Unknown analyzer '{name}'; known: {string.Join(", ", _analyzers.Keys.Order(StringComparer.Ordinal))}.");
    }

    /// <summary>Looks an analyzer up by name.</summary>
    public bool TryGet(string name, out LuceneChainAnalyzer analyzer) => _analyzers.TryGetValue(name, out analyzer!);

    /// <summary>
    /// Builds an analyzer from the shared pieces: StandardTokenizer, LowerCaseFilter, StopFilter with
    /// Lucene's Polish stop words, then <paramref name="filters"/> (benchmarks compare chains with it);
    /// <paramref name="normalize"/> defaults to the chain's lower-casing.
    /// </summary>
    public LuceneChainAnalyzer CreateChain(string name, Func<TokenStream, TokenStream> filters, Func<string, string>? normalize = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(filters);
        var stops = _stopSet;
        return new LuceneChainAnalyzer(name, LuceneChainAnalyzer.Chain(t => filters(Standard(t, stops))), normalize ?? LowerCasing.ToLower);
    }

    /// <summary>A new instance that also offers <paramref name="analyzer"/> under its <see cref="Analyzer.Name"/> (which must be new).</summary>
    public PolishAnalysis WithAnalyzer(LuceneChainAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        if (_analyzers.ContainsKey(analyzer.Name))
        {
            throw new AnalysisException($"An analyzer named '{analyzer.Name}' is already registered.");
        }

        var all = new Dictionary<string, LuceneChainAnalyzer>(_analyzers, StringComparer.Ordinal) { [analyzer.Name] = analyzer };
        return new PolishAnalysis(Stemmer, _stopWords, _stopSet, all);
    }

    internal static PolishAnalysis Create(StempelStemmer stemmer, IReadOnlyList<string> stopWords)
    {
        var stops = Filters.StopWords.Of(stopWords);
        var foldedStops = Filters.StopWords.Of(stopWords.Concat(stopWords.Select(DiacriticFolding.Fold)));
        var analyzers = new Dictionary<string, LuceneChainAnalyzer>(StringComparer.Ordinal);
        foreach (var analyzer in new[]
        {
            new LuceneChainAnalyzer(ReferenceName, LuceneChainAnalyzer.Chain(t => new StempelFilter(Standard(t, stops), stemmer)), LowerCasing.ToLower),
            new LuceneChainAnalyzer(StemmedName, LuceneChainAnalyzer.Chain(t => new StempelFilter(Standard(t, stops), stemmer, IndexGuards)), LowerCasing.ToLower),

            // Folded chain (docs/analysis.md, "Folding"): fold, then stop words (also folded), then the guarded stemmer on the folded term.
            new LuceneChainAnalyzer(
                FoldedName,
                LuceneChainAnalyzer.Chain(t => new StempelFilter(new StopFilter(Version, new FoldingFilter(new LowerCaseFilter(Version, t)), foldedStops), stemmer, IndexGuards)),
                term => DiacriticFolding.Fold(LowerCasing.ToLower(term))),
        })
        {
            analyzers[analyzer.Name] = analyzer;
        }

        return new PolishAnalysis(stemmer, stopWords, stops, analyzers);
    }

    /// <summary>The head every chain shares after the tokenizer: lower-casing, then the stop words.</summary>
    private static TokenStream Standard(TokenStream tokens, CharArraySet stops) => new StopFilter(Version, new LowerCaseFilter(Version, tokens), stops);
}

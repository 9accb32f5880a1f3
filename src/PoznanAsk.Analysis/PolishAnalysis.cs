using PoznanAsk.Analysis.Chain;
using PoznanAsk.Analysis.Filters;
using PoznanAsk.Analysis.Stempel;
using PoznanAsk.Analysis.Tokenization;

namespace PoznanAsk.Analysis;

/// <summary>
/// The Polish analyzers of PoznanAsk, sharing one loaded Stempel table and stop-word list. The
/// index and the question parser both take their analyzers from here, so questions are analysed
/// exactly like passages. Immutable and thread-safe; load once per process.
/// </summary>
public sealed class PolishAnalysis
{
    /// <summary>Name of <see cref="Reference"/>: exactly Lucene 8's <c>PolishAnalyzer</c>.</summary>
    public const string ReferenceName = "lucene-polish";

    /// <summary>Name of <see cref="Stemmed"/>: the index chain (Stempel with named deviations).</summary>
    public const string StemmedName = "polish";

    /// <summary>Name of <see cref="Folded"/>: the diacritic-folded chain.</summary>
    public const string FoldedName = "polish-folded";

    /// <summary>Name reserved for the Morfologik lemma analyzer, added with <see cref="WithAnalyzer"/>.</summary>
    public const string LemmaName = "polish-lemma";

    /// <summary>Index chain guards (docs/analysis.md): digits and joined tokens stay unstemmed, stems shorter than 3 are rejected.</summary>
    internal const StemGuards IndexGuards = StemGuards.Digits | StemGuards.Joined | StemGuards.ShortStems;

    private readonly Dictionary<string, Analyzer> _analyzers;
    private readonly StopWords _stopWords;
    private readonly StandardTokenizer _tokenizer;

    private PolishAnalysis(StempelStemmer stemmer, StopWords stopWords, StandardTokenizer tokenizer, Dictionary<string, Analyzer> analyzers)
    {
        Stemmer = stemmer;
        _stopWords = stopWords;
        _tokenizer = tokenizer;
        _analyzers = analyzers;
    }

    /// <summary>Lucene's <c>PolishAnalyzer</c>, bit for bit (what <c>poznanask analyze</c> prints).</summary>
    public Analyzer Reference => _analyzers[ReferenceName];

    /// <summary>The chain of the primary (stemmed, diacritics kept) index field.</summary>
    public Analyzer Stemmed => _analyzers[StemmedName];

    /// <summary>The chain of the diacritic-folded index field (for questions typed without Polish letters).</summary>
    public Analyzer Folded => _analyzers[FoldedName];

    /// <summary>The names <see cref="Get"/> accepts.</summary>
    public IReadOnlyCollection<string> Names => _analyzers.Keys;

    /// <summary>Lucene's Polish stop words (lower-case).</summary>
    public IReadOnlyCollection<string> StopWords => _stopWords.Words;

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
        return Create(stemmer, stopWords, StandardTokenizer.Default);
    }

    /// <summary>The analyzer called <paramref name="name"/>; throws <see cref="AnalysisException"/> listing the known names otherwise.</summary>
    public Analyzer Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _analyzers.TryGetValue(name, out var analyzer)
            ? analyzer
            : throw new AnalysisException($"Unknown analyzer '{name}'; known: {string.Join(", ", _analyzers.Keys.Order(StringComparer.Ordinal))}.");
    }

    /// <summary>Looks an analyzer up by name.</summary>
    public bool TryGet(string name, out Analyzer analyzer) => _analyzers.TryGetValue(name, out analyzer!);

    /// <summary>
    /// Builds an analyzer from the shared pieces: StandardTokenizer, Java-parity lower-casing,
    /// Lucene's Polish stop words, then <paramref name="filters"/> in order. For further chains
    /// such as the Morfologik lemma analyzer; <paramref name="normalize"/> defaults to lower-casing.
    /// </summary>
    public Analyzer CreateChain(string name, IEnumerable<TokenFilter> filters, Func<string, string>? normalize = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(filters);
        return new ChainAnalyzer(name, _tokenizer, [LowerCaseFilter.Instance, new StopFilter(_stopWords), .. filters], normalize ?? JavaLowerCase.ToLower);
    }

    /// <summary>A new instance that also offers <paramref name="analyzer"/> under its <see cref="Analyzer.Name"/> (which must be new).</summary>
    public PolishAnalysis WithAnalyzer(Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        if (_analyzers.ContainsKey(analyzer.Name))
        {
            throw new AnalysisException($"An analyzer named '{analyzer.Name}' is already registered.");
        }

        var all = new Dictionary<string, Analyzer>(_analyzers, StringComparer.Ordinal) { [analyzer.Name] = analyzer };
        return new PolishAnalysis(Stemmer, _stopWords, _tokenizer, all);
    }

    internal static PolishAnalysis Create(StempelStemmer stemmer, StopWords stopWords, StandardTokenizer tokenizer)
    {
        var analyzers = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var analyzer in new[]
        {
            BuildReference(stemmer, stopWords, tokenizer),
            BuildStemmed(stemmer, stopWords, tokenizer),
            BuildFolded(stemmer, stopWords, tokenizer),
        })
        {
            analyzers[analyzer.Name] = analyzer;
        }

        return new PolishAnalysis(stemmer, stopWords, tokenizer, analyzers);
    }

    internal static Analyzer BuildReference(StempelStemmer stemmer, StopWords stopWords, StandardTokenizer tokenizer) =>
        new ChainAnalyzer(ReferenceName, tokenizer, [LowerCaseFilter.Instance, new StopFilter(stopWords), new StempelFilter(stemmer)], JavaLowerCase.ToLower);

    internal static Analyzer BuildStemmed(StempelStemmer stemmer, StopWords stopWords, StandardTokenizer tokenizer) =>
        new ChainAnalyzer(StemmedName, tokenizer, [LowerCaseFilter.Instance, new StopFilter(stopWords), new StempelFilter(stemmer, IndexGuards)], JavaLowerCase.ToLower);

    /// <summary>Folded chain (docs/analysis.md, "Folding"): fold, then stop words (also folded), then the guarded stemmer on the folded term.</summary>
    internal static Analyzer BuildFolded(StempelStemmer stemmer, StopWords stopWords, StandardTokenizer tokenizer)
    {
        var foldedStops = new StopWords(stopWords.Words.Concat(stopWords.Words.Select(DiacriticFolding.Fold)));
        return new ChainAnalyzer(
            FoldedName,
            tokenizer,
            [LowerCaseFilter.Instance, FoldingFilter.Instance, new StopFilter(foldedStops), new StempelFilter(stemmer, IndexGuards)],
            term => DiacriticFolding.Fold(JavaLowerCase.ToLower(term)));
    }
}

using PoznanAsk.Analysis.Filters;

namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// <c>polish-lemma</c>: Lucene 4.8's StandardTokenizer, then <see cref="MorfologikLemmaFilter"/> (stop
/// words on the surface form, Morfologik lemmas of the exact and lower-cased form, numbers kept,
/// unknown words lower-cased, diacritic-free words restored), as one Lucene.Net chain. Thread-safe;
/// build once per process and register with <c>PolishAnalysis.WithAnalyzer</c>:
/// <code>
/// var lemma = PolishLemmaAnalyzer.Load(new MorfologikOptions { ResourcesPath = "resources" });
/// var analysis = PolishAnalysis.Load(analysisOptions).WithAnalyzer(lemma); // analysis.Get("polish-lemma")
/// </code>
/// </summary>
public sealed class PolishLemmaAnalyzer : LuceneChainAnalyzer
{
    /// <summary>The analyzer's name, recorded in the index schema.</summary>
    public const string AnalyzerName = PolishAnalysis.LemmaName;

    private readonly ThreadLocal<LemmaCollector> _collectors;

    internal PolishLemmaAnalyzer(MorfologikDictionary dictionary, IReadOnlyList<string> stopWords, MorfologikOptions options)
        : base(AnalyzerName, BuildChain(dictionary, StopWords.Of(stopWords), options), LowerCasing.ToLower)
    {
        Dictionary = dictionary;
        Options = options;
        _collectors = new ThreadLocal<LemmaCollector>(() => new LemmaCollector(dictionary, options.DiacriticRestoration, options.MaxRestoredForms));
    }

    /// <summary>The shared dictionary (also usable for direct lookups via <see cref="MorfologikDictionary.CreateLookup"/>).</summary>
    public MorfologikDictionary Dictionary { get; }

    /// <summary>The options the analyzer was built with.</summary>
    public MorfologikOptions Options { get; }

    /// <summary>This thread's collector (for tests and the benchmark).</summary>
    internal LemmaCollector Collector => _collectors.Value!;

    /// <summary>
    /// Loads the dictionary and Lucene's Polish stop list named by <paramref name="options"/>. Throws
    /// <see cref="AnalysisException"/> (a <see cref="MorfologikDictionaryException"/> for dictionary files)
    /// naming the file when something is missing or malformed.
    /// </summary>
    public static PolishLemmaAnalyzer Load(MorfologikOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var dictionary = MorfologikDictionary.Load(options);
        var stopWords = options.StopWordsFilePath is { } path ? StopWords.Load(path) : [];
        return new PolishLemmaAnalyzer(dictionary, stopWords, options);
    }

    /// <summary>
    /// Loads the analyzer from the analysis stage's options (same resources folder and stop list; the
    /// dictionary at <c>morfologik/polish.dict</c>, other Morfologik options at their defaults):
    /// <c>PolishAnalysis.Load(o).WithAnalyzer(PolishLemmaAnalyzer.Load(o))</c>.
    /// </summary>
    public static PolishLemmaAnalyzer Load(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Load(new MorfologikOptions { ResourcesPath = options.ResourcesPath, StopWordsFile = options.StopWords });
    }

    /// <summary>Builds the analyzer over an already loaded dictionary and stop list (e.g. <c>PolishAnalysis.StopWords</c>).</summary>
    public static PolishLemmaAnalyzer Create(MorfologikDictionary dictionary, IEnumerable<string> stopWords, MorfologikOptions options)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(stopWords);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new PolishLemmaAnalyzer(dictionary, [.. stopWords], options);
    }

    /// <summary>
    /// The index terms of one word under this analyzer's policy (distinct lower-cased lemmas, or the
    /// lower-cased word when unknown); ignores stop words. For tools such as <c>analyze --lemmas</c>.
    /// </summary>
    public IReadOnlyList<string> Lemmas(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return MorfologikLemmaFilter.Lemmas(_collectors.Value!, word);
    }

    private static global::Lucene.Net.Analysis.Analyzer BuildChain(MorfologikDictionary dictionary, global::Lucene.Net.Analysis.Util.CharArraySet stopWords, MorfologikOptions options) =>
        Chain(tokens => new MorfologikLemmaFilter(tokens, dictionary, stopWords, options));
}

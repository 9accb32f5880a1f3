using PoznanAsk.Analysis.Chain;
using PoznanAsk.Analysis.Filters;
using PoznanAsk.Analysis.Tokenization;

namespace PoznanAsk.Analysis.Morfologik;

/// <summary>
/// <c>polish-lemma</c>: Lucene's StandardTokenizer, then <see cref="MorfologikLemmaFilter"/> (stop
/// words on the surface form, Morfologik lemmas of the exact and lower-cased form, numbers kept,
/// unknown words lower-cased, diacritic-free words restored). Thread-safe; build once per process
/// and register with <c>PolishAnalysis.WithAnalyzer</c>:
/// <code>
/// var lemma = PolishLemmaAnalyzer.Load(new MorfologikOptions { ResourcesPath = "resources" });
/// var analysis = PolishAnalysis.Load(analysisOptions).WithAnalyzer(lemma); // analysis.Get("polish-lemma")
/// </code>
/// </summary>
public sealed class PolishLemmaAnalyzer : Analyzer
{
    /// <summary>The analyzer's name, recorded in the index schema.</summary>
    public const string AnalyzerName = PolishAnalysis.LemmaName;

    private readonly ChainAnalyzer _chain;
    private readonly MorfologikLemmaFilter _filter;

    internal PolishLemmaAnalyzer(MorfologikDictionary dictionary, StopWords stopWords, MorfologikOptions options)
    {
        Dictionary = dictionary;
        Options = options;
        _filter = new MorfologikLemmaFilter(dictionary, stopWords, options);
        _chain = new ChainAnalyzer(AnalyzerName, StandardTokenizer.Default, [_filter], JavaLowerCase.ToLower);
    }

    /// <inheritdoc/>
    public override string Name => AnalyzerName;

    /// <summary>The shared dictionary (also usable for direct lookups via <see cref="MorfologikDictionary.CreateLookup"/>).</summary>
    public MorfologikDictionary Dictionary { get; }

    /// <summary>The options the analyzer was built with.</summary>
    public MorfologikOptions Options { get; }

    internal MorfologikLemmaFilter Filter => _filter;

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
        var stopWords = options.StopWordsFilePath is { } path ? StopWords.Load(path) : new StopWords([]);
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
        return new PolishLemmaAnalyzer(dictionary, new StopWords(stopWords), options);
    }

    /// <inheritdoc/>
    public override void Analyze(string text, TokenSink sink) => _chain.Analyze(text, sink);

    /// <inheritdoc/>
    public override string Normalize(string term) => _chain.Normalize(term);

    /// <summary>
    /// The index terms of one word under this analyzer's policy (distinct lower-cased lemmas, or the
    /// lower-cased word when unknown); ignores stop words. For tools such as <c>analyze --lemmas</c>.
    /// </summary>
    public IReadOnlyList<string> Lemmas(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var collector = _filter.Collector;
        collector.Collect(word);
        var terms = new string[collector.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = collector.Term(i).ToString();
        }

        return terms;
    }
}

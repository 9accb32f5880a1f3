using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using PoznanAsk.Testing;

namespace PoznanAsk.Analysis.Tests.Support;

/// <summary>One <see cref="PolishAnalysis"/> loaded from the real resources, shared by all tests (loading is the slow part).</summary>
internal static class TestAnalysis
{
    private static readonly Lazy<PolishAnalysis> Loaded = new(() => PolishAnalysis.Load(Options));

    public static AnalysisOptions Options => new() { ResourcesPath = TestPaths.Resources };

    public static PolishAnalysis Instance => Loaded.Value;

    public static string DataFile(string name) => Path.Combine(TestPaths.TestData, "analysis", name);

    /// <summary>Token rows as the oracle prints them: term, start, end, posInc, type.</summary>
    public static List<string> Rows(Analyzer analyzer, string text) =>
        [.. analyzer.Analyze(text).Select(t => PoznanAsk.Analysis.Formatting.TokenFormatter.Format(t, includeType: true))];

    /// <summary>Lucene 4.8's StandardTokenizer alone, as oracle <c>tokenize</c> rows (posInc as the tokenizer sets it).</summary>
    public static List<string> TokenizerRows(string text)
    {
        var rows = new List<string>();
        using TokenStream tokenizer = new StandardTokenizer(PolishAnalysis.Version, new StringReader(text));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var offset = tokenizer.AddAttribute<IOffsetAttribute>();
        var increment = tokenizer.AddAttribute<IPositionIncrementAttribute>();
        var type = tokenizer.AddAttribute<ITypeAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
            rows.Add($"{term}\t{offset.StartOffset}\t{offset.EndOffset}\t{increment.PositionIncrement}\t{type.Type}");
        }

        tokenizer.End();
        return rows;
    }

    /// <summary>A Lucene token stream's terms run through <paramref name="filters"/> after a whitespace-free single token.</summary>
    public static List<string> Filter(string word, Func<TokenStream, TokenStream> filters)
    {
        var chain = LuceneChainAnalyzer.Chain(filters);
        var terms = new List<string>();
        using var stream = chain.GetTokenStream("text", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}

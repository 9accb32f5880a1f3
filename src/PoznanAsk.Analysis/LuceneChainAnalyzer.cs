using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using LuceneAnalyzer = Lucene.Net.Analysis.Analyzer;

namespace PoznanAsk.Analysis;

/// <summary>
/// An <see cref="Analyzer"/> that is a Lucene.Net analyzer chain (<see cref="Lucene"/>): the knowledge
/// index writes and queries its fields with that chain itself, and <see cref="Analyze(string, TokenSink)"/>
/// runs the same chain for questions and <c>poznanask analyze</c>, so every side sees the same terms.
/// Thread-safe: Lucene.Net keeps one token stream per thread and field name.
/// </summary>
public class LuceneChainAnalyzer : Analyzer
{
    /// <summary>Field names used by <see cref="Analyze(string, TokenSink)"/>, one per nesting depth (see there).</summary>
    private static readonly string[] DepthFields = ["text", "text#1", "text#2", "text#3"];

    [ThreadStatic]
    private static int t_depth;

    private readonly Func<string, string> _normalize;

    /// <summary>Wraps <paramref name="lucene"/> under <paramref name="name"/>; <paramref name="normalize"/> prepares prefix/wildcard/fuzzy terms.</summary>
    /// <param name="name">The name recorded in the index schema.</param>
    /// <param name="lucene">The chain; it must use <see cref="LuceneAnalyzer.PER_FIELD_REUSE_STRATEGY"/> (as <see cref="Chain"/> does).</param>
    /// <param name="normalize">Lucene's <c>Analyzer.normalize</c> for this chain (4.8 has none): the chain's lower-casing, plus folding for a folded chain.</param>
    public LuceneChainAnalyzer(string name, LuceneAnalyzer lucene, Func<string, string> normalize)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Lucene = lucene ?? throw new ArgumentNullException(nameof(lucene));
        _normalize = normalize ?? throw new ArgumentNullException(nameof(normalize));
    }

    /// <inheritdoc />
    public override string Name { get; }

    /// <summary>The Lucene.Net analyzer (what the index's <c>PerFieldAnalyzerWrapper</c> holds).</summary>
    public LuceneAnalyzer Lucene { get; }

    /// <summary>
    /// A Lucene.Net analyzer whose components are Lucene 4.8's <see cref="StandardTokenizer"/> followed by
    /// <paramref name="filters"/>; reuse is per field name, which lets a nested <see cref="Analyze(string, TokenSink)"/> get its own stream.
    /// </summary>
    public static LuceneAnalyzer Chain(Func<TokenStream, TokenStream> filters) => new StandardChain(filters ?? throw new ArgumentNullException(nameof(filters)));

    /// <summary>
    /// Streams the tokens to <paramref name="sink"/>; nothing is allocated per token (the term is a span
    /// of the chain's term buffer). Lucene.Net reuses one stream per thread and field, so a sink that
    /// analyses again on the same thread would reset the stream under this loop: each nesting depth
    /// therefore reads through its own field name (its own cached stream).
    /// </summary>
    public override void Analyze(string text, TokenSink sink)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sink);
        var depth = t_depth++;
        try
        {
            var field = depth < DepthFields.Length ? DepthFields[depth] : "text#" + depth;
            using var stream = Lucene.GetTokenStream(field, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                sink(term.Buffer.AsSpan(0, term.Length), offset.StartOffset, offset.EndOffset, increment.PositionIncrement, TypeOf(type.Type));
            }

            stream.End();
        }
        finally
        {
            t_depth--;
        }
    }

    /// <inheritdoc />
    public override string Normalize(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _normalize(term);
    }

    /// <summary>The <see cref="TokenType"/> of a <see cref="StandardTokenizer"/> type name.</summary>
    internal static TokenType TypeOf(string type) => type switch
    {
        "<ALPHANUM>" => TokenType.AlphaNum,
        "<NUM>" => TokenType.Num,
        "<SOUTHEAST_ASIAN>" => TokenType.SouthEastAsian,
        "<IDEOGRAPHIC>" => TokenType.Ideographic,
        "<HIRAGANA>" => TokenType.Hiragana,
        "<KATAKANA>" => TokenType.Katakana,
        "<HANGUL>" => TokenType.Hangul,
        _ => throw new AnalysisException($"Token type '{type}' is not one of StandardTokenizer's."),
    };

    private sealed class StandardChain(Func<TokenStream, TokenStream> filters) : LuceneAnalyzer(PER_FIELD_REUSE_STRATEGY)
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(PolishAnalysis.Version, reader);
            return new TokenStreamComponents(source, filters(source));
        }
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using LuceneAnalyzerBase = Lucene.Net.Analysis.Analyzer;

namespace PoznanAsk.Analysis.Lucene;

/// <summary>
/// A Lucene.Net analyzer whose tokens are those of a project <see cref="Analysis.Analyzer"/>: the
/// knowledge index writes and queries its fields through it, so the index holds exactly the terms
/// <c>poznanask analyze</c> prints (term, offsets, position increments, type).
/// </summary>
public sealed class LuceneAnalyzer : LuceneAnalyzerBase
{
    private readonly Analysis.Analyzer _analyzer;

    /// <summary>Wraps <paramref name="analyzer"/>.</summary>
    public LuceneAnalyzer(Analysis.Analyzer analyzer) => _analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));

    /// <summary>The wrapped analyzer.</summary>
    public Analysis.Analyzer Analyzer => _analyzer;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ChainTokenizer(_analyzer, reader));

    /// <summary>Reads the whole field value, analyses it with the project analyzer and replays its tokens.</summary>
    private sealed class ChainTokenizer : Tokenizer
    {
        private readonly Analysis.Analyzer _analyzer;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _increment;
        private readonly ITypeAttribute _type;
        private readonly List<(string Term, int Start, int End, int Increment, TokenType Type)> _tokens = [];
        private int _next;
        private int _length;

        public ChainTokenizer(Analysis.Analyzer analyzer, TextReader input)
            : base(input)
        {
            _analyzer = analyzer;
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _type = AddAttribute<ITypeAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (_next >= _tokens.Count)
            {
                return false;
            }

            var (term, start, end, increment, type) = _tokens[_next++];
            _term.SetEmpty().Append(term);
            _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
            _increment.PositionIncrement = increment;
            _type.Type = Formatting.TokenFormatter.TypeName(type);
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            var text = m_input.ReadToEnd();
            _length = text.Length;
            _tokens.Clear();
            _next = 0;
            _analyzer.Analyze(text, (term, start, end, inc, type) => _tokens.Add((term.ToString(), start, end, inc, type)));
        }

        public override void End()
        {
            base.End();
            var final = CorrectOffset(_length);
            _offset.SetOffset(final, final);
        }
    }
}

using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PoznanAsk.Knowledge.Index;

/// <summary>
/// The tokens each text field's analyzer makes of a document's stored text, kept per searcher (one commit),
/// so that highlighting a passage that was a hit before replays its tokens instead of running the Polish
/// chains again (the Morfologik and Stempel lookups were two thirds of a user search). The replay gives the
/// highlighter the same terms, position increments and offsets the analyzer gave, so the marks are the same.
/// </summary>
/// <remarks>
/// Bounded by <see cref="MaxDocuments"/>: documents beyond it are analysed on every highlight, as before (the
/// first documents highlighted — the ones searches return — are the ones kept; a commit's searcher is replaced,
/// and with it this cache, after every ingest).
/// </remarks>
internal sealed class TokenCache
{
    /// <summary>Most documents whose tokens are kept (about 3 fields × 60 tokens each; a few MB for the default).</summary>
    public const int MaxDocuments = 8192;

    private readonly KnowledgeSchema _schema;
    private readonly ConcurrentDictionary<(int Doc, string Field), FieldTokens> _tokens = new();
    private int _documents;

    public TokenCache(KnowledgeSchema schema) => _schema = schema;

    /// <summary>The tokens of <paramref name="field"/> over <paramref name="text"/> (document <paramref name="doc"/>'s stored text), or null when the field has no analyzer.</summary>
    public TokenStream? Stream(int doc, string field, string text)
    {
        if (!_schema.FieldAnalyzers.TryGetValue(field, out var analyzer))
        {
            return null;
        }

        if (_tokens.TryGetValue((doc, field), out var cached))
        {
            return new ReplayTokenStream(cached);
        }

        var tokens = Analyze(analyzer, field, text);
        if (Volatile.Read(ref _documents) < MaxDocuments * _schema.FieldAnalyzers.Count && _tokens.TryAdd((doc, field), tokens))
        {
            Interlocked.Increment(ref _documents);
        }

        return new ReplayTokenStream(tokens);
    }

    private static FieldTokens Analyze(Analyzer analyzer, string field, string text)
    {
        var list = new List<CachedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            list.Add(new CachedToken(term.ToString(), position.PositionIncrement, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        var final = offset.EndOffset;
        return new FieldTokens([.. list], final);
    }

    private readonly record struct CachedToken(string Term, int PositionIncrement, int Start, int End);

    private sealed record FieldTokens(CachedToken[] Tokens, int FinalOffset);

    /// <summary>Plays kept tokens back with the attributes the highlighter reads (term, offsets, position increment).</summary>
    private sealed class ReplayTokenStream : TokenStream
    {
        private readonly FieldTokens _tokens;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _position;
        private int _next;

        public ReplayTokenStream(FieldTokens tokens)
        {
            _tokens = tokens;
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _position = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next >= _tokens.Tokens.Length)
            {
                return false;
            }

            ClearAttributes();
            var t = _tokens.Tokens[_next++];
            _term.SetEmpty().Append(t.Term);
            _offset.SetOffset(t.Start, t.End);
            _position.PositionIncrement = t.PositionIncrement;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_tokens.FinalOffset, _tokens.FinalOffset);
        }
    }
}

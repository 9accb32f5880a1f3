using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using PoznanAsk.Knowledge.Model;
using F = PoznanAsk.Knowledge.Index.KnowledgeFields;
using K = PoznanAsk.Knowledge.Index.KnowledgeKinds;

namespace PoznanAsk.Knowledge.Index;

/// <summary>
/// <see cref="IKnowledgeSearch"/> over one commit of the knowledge index (a Lucene.Net
/// <see cref="IndexSearcher"/> with <see cref="BM25Similarity"/>): field names, the user-syntax parser
/// with the measured boosts (<see cref="UserQueryParser"/>), kind/year filters and the highlighter
/// (<see cref="SnippetHighlighter"/>) live here and nowhere else.
/// </summary>
public sealed class KnowledgeSearch : IKnowledgeSearch
{
    private const int MaxCachedTerms = 200_000;

    private readonly IndexSearcher _searcher;
    private readonly KnowledgeSchema _schema;
    private readonly Filter _passages;
    private readonly Filter _content;
    private readonly Filter _captions;
    private readonly string?[] _ids;
    private readonly StoredHit?[] _stored;
    private readonly TokenCache _tokens;
    private readonly ConcurrentDictionary<Term, TermContext> _termStates = new();
    private readonly ConditionalWeakTable<WordQuery, Query> _wordQueries = [];
    private readonly ConcurrentDictionary<int, Filter> _yearPassages = new();

    internal KnowledgeSearch(IndexSearcher searcher, KnowledgeSchema schema)
    {
        _searcher = searcher;
        _schema = schema;
        Fields = schema.HasLemma ? [SearchField.Text, SearchField.Lemma, SearchField.Folded] : [SearchField.Text, SearchField.Folded];
        _passages = new CachingWrapperFilter(new BitSetFilter(PassagesQuery()));
        var hits = new BooleanQuery { { Or(new TermQuery(new Term(F.Kind, K.Passage)), new TermQuery(new Term(F.Kind, K.Fact))), Occur.MUST } };
        _content = new CachingWrapperFilter(new QueryWrapperFilter(Captions(hits, Occur.MUST_NOT)));
        _captions = new CachingWrapperFilter(new QueryWrapperFilter(Captions(hits, Occur.MUST)));
        _ids = new string?[searcher.IndexReader.MaxDoc];
        _stored = new StoredHit?[searcher.IndexReader.MaxDoc];
        _tokens = new TokenCache(schema);
        PassageCount = Count(new MatchAllDocsQuery(), _passages);
    }

    /// <inheritdoc />
    public int PassageCount { get; }

    /// <inheritdoc />
    public IReadOnlyList<SearchField> Fields { get; }

    /// <summary>The similarity of the writer and of every searcher: Lucene's BM25 (k1 = 1.2, b = 0.75).</summary>
    internal static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>
    /// Indexes the passages (without list items) and, with <paramref name="facts"/>, the membership facts
    /// of <paramref name="knowledge"/> in a <see cref="RAMDirectory"/>, with the same documents as the persisted index.
    /// </summary>
    /// <exception cref="KnowledgeException">The index cannot be built.</exception>
    public static IKnowledgeSearch InMemory(KnowledgeBase knowledge, IndexAnalyzers analyzers, bool facts)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(analyzers);
        var schema = new KnowledgeSchema(analyzers);
        var directory = new RAMDirectory();
        try
        {
            using (var writer = new IndexWriter(directory, WriterConfig(schema)))
            {
                var ordinal = 0;
                foreach (var p in knowledge.Passages.Where(p => p.Kind != PassageKind.ListItem))
                {
                    writer.AddDocument(KnowledgeDocuments.ForPassage(schema, p, ordinal++));
                }

                ordinal = 0;
                foreach (var f in facts ? knowledge.Memberships : [])
                {
                    writer.AddDocument(KnowledgeDocuments.ForFact(schema, f, knowledge, ordinal++));
                }

                writer.Commit();
            }

            return new KnowledgeSearch(NewSearcher(DirectoryReader.Open(directory)), schema);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException)
        {
            throw new KnowledgeException("Nie udało się zbudować indeksu w pamięci: " + e.Message, e);
        }
    }

    /// <inheritdoc />
    public long CountPassages(WordQuery word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return PassageCount == 0 ? 0 : Count(ToQuery(word), _passages);
    }

    /// <inheritdoc />
    public IReadOnlyList<PassageScore> SearchPassages(IReadOnlyList<WordQuery> words, int? year, int top)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0 || top <= 0 || PassageCount == 0)
        {
            return [];
        }

        var query = words.Count == 1 ? ToQuery(words[0]) : Or([.. words.Select(ToQuery)]);
        var filter = year is { } y ? _yearPassages.GetOrAdd(y, y => new CachingWrapperFilter(new BitSetFilter(And(PassagesQuery(), Year(y))))) : _passages;
        var hits = _searcher.Search(query, filter, top).ScoreDocs;
        var result = new List<PassageScore>(hits.Length);
        foreach (var h in hits)
        {
            if (IdOf(h.Doc) is { } id)
            {
                result.Add(new PassageScore(id, h.Score));
            }
        }

        return result;
    }

    /// <inheritdoc />
    public IndexHits Search(IndexQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parsed = new UserQueryParser(_schema, Fields).Parse(query.Text);

        // Only passages and facts: the knowledge index also holds registry, list and report records.
        var (content, captions) = (_content, _captions);
        if (query.Kind is not null || query.Year is not null)
        {
            var scope = new BooleanQuery
            {
                { query.Kind is { } kind ? new TermQuery(new Term(F.Kind, kind == HitKind.Fact ? K.Fact : K.Passage)) : Or(new TermQuery(new Term(F.Kind, K.Passage)), new TermQuery(new Term(F.Kind, K.Fact))), Occur.MUST },
            };
            if (query.Year is { } year)
            {
                scope.Add(Year(year), Occur.MUST);
            }

            (content, captions) = (new QueryWrapperFilter(Captions(scope, Occur.MUST_NOT)), new QueryWrapperFilter(Captions(scope, Occur.MUST)));
        }

        // Photo captions and credits (alt texts, figcaptions) rank after every content hit: they repeat a
        // page's words without saying anything themselves. Content by BM25 first, then captions by BM25.
        var want = Math.Max(1, query.Top);
        TopDocs top, below;
        try
        {
            top = _searcher.Search(parsed, content, want);
            below = _searcher.Search(parsed, captions, Math.Max(1, want - top.ScoreDocs.Length));
        }
        catch (ArgumentException e)
        {
            throw UserQueryParser.Refused(query.Text, e);
        }

        var found = top.ScoreDocs.Concat(below.ScoreDocs).Take(want).ToList();
        var highlighter = new SnippetHighlighter(_tokens, _searcher.Rewrite(parsed), Fields);
        var hits = found.Select(h =>
        {
            var d = Stored(h.Doc);
            var snippets = highlighter.Snippets(h.Doc, d.Text, maxFragments: 2);
            return new IndexHit(d.Id, d.Kind, d.Source, d.Year, d.Section, h.Score, snippets);
        }).ToList();
        return new IndexHits(top.TotalHits + below.TotalHits, hits);
    }

    /// <summary>Documents of any kind holding <paramref name="term"/> in the keyword field <paramref name="field"/> (tests of the schema).</summary>
    internal long Count(string field, string term) => Count(new TermQuery(new Term(field, term)), null);

    /// <summary>The writer configuration of the knowledge index: the schema's per-field analyzer, BM25.</summary>
    internal static IndexWriterConfig WriterConfig(KnowledgeSchema schema) => new(KnowledgeSchema.Version, schema.Analyzer)
    {
        Similarity = Similarity,
        OpenMode = OpenMode.CREATE_OR_APPEND,
    };

    /// <summary>A searcher with the index's similarity.</summary>
    internal static IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };

    private static Query Year(int year) => NumericRangeQuery.NewInt32Range(F.Year, year, year, true, true);

    /// <summary><paramref name="scope"/> with (<see cref="Occur.MUST"/>) or without (<see cref="Occur.MUST_NOT"/>) the caption passages.</summary>
    private static BooleanQuery Captions(BooleanQuery scope, Occur occur) => new()
    {
        { scope, Occur.MUST },
        { new TermQuery(new Term(F.PassageKind, nameof(PassageKind.Caption).ToLowerInvariant())), occur },
    };

    private static BooleanQuery PassagesQuery() => new()
    {
        { new TermQuery(new Term(F.Kind, K.Passage)), Occur.MUST },
        { new TermQuery(new Term(F.PassageKind, nameof(PassageKind.ListItem).ToLowerInvariant())), Occur.MUST_NOT },
    };

    private static BooleanQuery Or(params Query[] queries)
    {
        var q = new BooleanQuery();
        foreach (var c in queries)
        {
            q.Add(c, Occur.SHOULD);
        }

        return q;
    }

    private static BooleanQuery And(params Query[] queries)
    {
        var q = new BooleanQuery();
        foreach (var c in queries)
        {
            q.Add(c, Occur.MUST);
        }

        return q;
    }

    /// <summary>
    /// A word: a disjunction of its term groups; a group of several terms of one field is one
    /// alternative (the best of them counts, like Lucene's SynonymQuery counts one term), boosted.
    /// Built once per <see cref="WordQuery"/> instance (the answering layer keeps one per word and
    /// snapshot): a query is never changed once built, so searches may share it.
    /// </summary>
    private Query ToQuery(WordQuery word) => _wordQueries.GetValue(word, w =>
    {
        var q = new BooleanQuery();
        foreach (var g in w.Groups.Where(g => g.Terms.Count > 0))
        {
            var field = KnowledgeSchema.Name(g.Field);
            Query group;
            if (g.Terms.Count == 1)
            {
                group = TermQuery(new Term(field, g.Terms[0]));
            }
            else
            {
                var dis = new DisjunctionMaxQuery(0f);
                foreach (var t in g.Terms)
                {
                    dis.Add(TermQuery(new Term(field, t)));
                }

                group = dis;
            }

            group.Boost = g.Boost;
            q.Add(group, Occur.SHOULD);
        }

        return q;
    });

    /// <summary>
    /// A term query whose per-segment term states (Lucene's <see cref="TermContext"/>: where the term's
    /// postings are, its document frequency) are looked up once per searcher instead of on every search:
    /// the commit never changes, and a weight only reads them. Bounded, so that a stream of typos
    /// cannot grow it without limit; past the bound, Lucene looks the term up itself.
    /// </summary>
    private TermQuery TermQuery(Term term)
    {
        if (!_termStates.TryGetValue(term, out var states))
        {
            states = TermContext.Build(_searcher.TopReaderContext, term);
            if (_termStates.Count < MaxCachedTerms)
            {
                _termStates.TryAdd(term, states);
            }
        }

        return new TermQuery(term, states);
    }

    private int Count(Query query, Filter? filter)
    {
        var collector = new TotalHitCountCollector();
        _searcher.Search(query, filter, collector);
        return collector.TotalHits;
    }

    /// <summary>What a hit shows of a document, read from its stored fields once per searcher (a commit never changes).</summary>
    private StoredHit Stored(int doc)
    {
        // A benign race, as for ids: two threads may read the same document.
        return _stored[doc] ??= Read(_searcher.Doc(doc));

        static StoredHit Read(Lucene.Net.Documents.Document d) => new(
            d.Get(F.Id) ?? string.Empty,
            d.Get(F.Kind) == K.Fact ? HitKind.Fact : HitKind.Passage,
            d.Get(F.Source) ?? string.Empty,
            d.GetField(F.Year)?.GetInt32Value(),
            d.Get(F.Section) ?? string.Empty,
            d.Get(F.Text) ?? string.Empty);
    }

    private string? IdOf(int doc)
    {
        // A benign race: two threads may resolve the same document to the same id.
        return _ids[doc] ??= _searcher.Doc(doc, new HashSet<string>(StringComparer.Ordinal) { F.Id }).Get(F.Id);
    }

    private sealed record StoredHit(string Id, HitKind Kind, string Source, int? Year, string Section, string Text);
}

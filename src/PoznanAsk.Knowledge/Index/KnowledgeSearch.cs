using PoznanAsk.Knowledge.Model;
using PoznanAsk.Search;
using PoznanAsk.Search.Highlighting;
using PoznanAsk.Search.Indexing;
using PoznanAsk.Search.Querying;
using PoznanAsk.Search.Querying.Parsing;
using PoznanAsk.Search.Reading;
using F = PoznanAsk.Knowledge.Index.KnowledgeFields;
using K = PoznanAsk.Knowledge.Index.KnowledgeKinds;

namespace PoznanAsk.Knowledge.Index;

/// <summary>
/// <see cref="IKnowledgeSearch"/> over one commit of the knowledge index: the schema's field names,
/// the user-syntax parser with the measured boosts (text 1.0, text.lemma 1.0, text.folded 0.5,
/// docs/index-chain.md), the kind/year filters, BM25 and the highlighter live here and nowhere else.
/// </summary>
public sealed class KnowledgeSearch : IKnowledgeSearch
{
    private readonly IndexSearcher _searcher;
    private readonly QueryParser _parser;
    private readonly Highlighter _highlighter;
    private readonly Query _passages;
    private readonly string?[] _ids;

    internal KnowledgeSearch(IndexSearcher searcher, IndexAnalyzers analyzers)
    {
        _searcher = searcher;
        var hasLemma = analyzers.Lemma is not null && searcher.Reader.Schema.Find(F.TextLemma) is not null;
        Fields = hasLemma ? [SearchField.Text, SearchField.Lemma, SearchField.Folded] : [SearchField.Text, SearchField.Folded];
        var all = Fields.Select(f => analyzers.Of(f)!).DistinctBy(a => a.Name).ToArray();
        _parser = new QueryParser(searcher.Reader.Schema, all, [.. Fields.Select(FieldName)])
        {
            FieldBoosts = new Dictionary<string, float> { [F.Text] = 1f, [F.TextLemma] = 1f, [F.TextFolded] = 0.5f },
        };
        _highlighter = new Highlighter(searcher, all);
        _passages = new BooleanQuery(
        [
            new BooleanClause(new TermQuery(F.Kind, K.Passage), Occur.Filter),
            new BooleanClause(new TermQuery(F.PassageKind, nameof(PassageKind.ListItem).ToLowerInvariant()), Occur.MustNot),
        ]);
        _ids = new string?[searcher.Reader.MaxDoc];
        PassageCount = (int)searcher.Count(new MatchAllQuery(), _passages);
    }

    /// <inheritdoc />
    public int PassageCount { get; }

    /// <inheritdoc />
    public IReadOnlyList<SearchField> Fields { get; }

    /// <summary>
    /// Indexes the passages (without list items) and, with <paramref name="facts"/>, the membership facts
    /// of <paramref name="knowledge"/> in memory, with the same documents as the persisted index.
    /// </summary>
    /// <exception cref="KnowledgeException">The index cannot be built.</exception>
    public static IKnowledgeSearch InMemory(KnowledgeBase knowledge, IndexAnalyzers analyzers, bool facts)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(analyzers);
        var directory = Path.Combine(Path.GetTempPath(), "poznanask-search-" + Guid.NewGuid().ToString("N"));
        try
        {
            var schema = KnowledgeFields.Schema(analyzers.Text, analyzers.Folded, analyzers.Lemma);
            var all = new[] { analyzers.Text, analyzers.Folded, analyzers.Lemma }.OfType<Analysis.Analyzer>().DistinctBy(a => a.Name).ToArray();
            using (var writer = IndexWriter.Open(new SearchOptions { IndexPath = directory, Durable = false }, schema, all))
            {
                var ordinal = 0;
                foreach (var p in knowledge.Passages.Where(p => p.Kind != PassageKind.ListItem))
                {
                    writer.Add(KnowledgeDocuments.ForPassage(p, ordinal++));
                }

                ordinal = 0;
                foreach (var f in facts ? knowledge.Memberships : [])
                {
                    writer.Add(KnowledgeDocuments.ForFact(f, knowledge, ordinal++));
                }

                writer.Commit();
            }

            return new KnowledgeSearch(new IndexSearcher(IndexReader.Open(directory)), analyzers);
        }
        catch (SearchException e)
        {
            throw new KnowledgeException("Nie udało się zbudować indeksu w pamięci (in-memory index failed): " + e.Message, e);
        }
        finally
        {
            TryDelete(directory);
        }
    }

    /// <inheritdoc />
    public long CountPassages(WordQuery word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return PassageCount == 0 ? 0 : _searcher.Count(ToQuery(word), _passages);
    }

    /// <inheritdoc />
    public IReadOnlyList<PassageScore> SearchPassages(IReadOnlyList<WordQuery> words, int? year, int top)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0 || top <= 0)
        {
            return [];
        }

        var query = words.Count == 1 ? ToQuery(words[0]) : BooleanQuery.Or([.. words.Select(ToQuery)]);
        var filter = year is { } y ? BooleanQuery.And(_passages, IntRangeQuery.Exact(F.Year, y)) : _passages;
        var hits = _searcher.Search(query, top, filter).Hits;
        var result = new List<PassageScore>(hits.Count);
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
        Query parsed;
        try
        {
            parsed = _parser.Parse(query.Text);
        }
        catch (QueryParseException ex)
        {
            throw new InvalidQueryException(ex.Message, ex.Position);
        }

        // Only passages and facts: the knowledge index also holds registry, list and report records.
        var filters = new List<Query>
        {
            query.Kind is { } kind
                ? new TermQuery(F.Kind, KindName(kind))
                : BooleanQuery.Or(new TermQuery(F.Kind, K.Passage), new TermQuery(F.Kind, K.Fact)),
        };
        if (query.Year is { } year)
        {
            filters.Add(IntRangeQuery.Exact(F.Year, year));
        }

        var top = _searcher.Search(parsed, query.Top, BooleanQuery.And([.. filters]));
        var hits = top.Hits.Select(h =>
        {
            var d = _searcher.Document(h.Doc);
            var kind = d.Get(F.Kind) == K.Fact ? HitKind.Fact : HitKind.Passage;
            var snippets = _highlighter.Highlight(parsed, h.Doc, F.Text, maxFragments: 2)
                .Select(f => new IndexSnippet(f.Text, f.Matches.Select(m => (m.Start - f.Start, m.End - m.Start)).ToList()))
                .ToList();
            return new IndexHit(d.Get(F.Id) ?? string.Empty, kind, d.Get(F.Source) ?? string.Empty, d.GetInt(F.Year), d.Get(F.Section) ?? string.Empty, h.Score, snippets);
        }).ToList();
        return new IndexHits((int)Math.Min(top.TotalHits, int.MaxValue), hits);
    }

    /// <summary>Documents of any kind holding <paramref name="term"/> in the keyword field <paramref name="field"/> (tests of the schema).</summary>
    internal long Count(string field, string term) => _searcher.Count(new TermQuery(field, term));

    private static string KindName(HitKind kind) => kind == HitKind.Fact ? K.Fact : K.Passage;

    private static string FieldName(SearchField field) => field switch
    {
        SearchField.Text => F.Text,
        SearchField.Lemma => F.TextLemma,
        SearchField.Folded => F.TextFolded,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private static Query ToQuery(WordQuery word)
    {
        var clauses = word.Groups.Where(g => g.Terms.Count > 0)
            .Select(g => new BooleanClause(new BoostQuery(new SynonymQuery(FieldName(g.Field), [.. g.Terms]), g.Boost), Occur.Should))
            .ToList();
        return new BooleanQuery(clauses);
    }

    private string? IdOf(int doc)
    {
        // A benign race: two threads may resolve the same document to the same id.
        return _ids[doc] ??= _searcher.Document(doc).Get(F.Id);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A scratch folder left in the temp directory is harmless; nothing reads it once opened.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

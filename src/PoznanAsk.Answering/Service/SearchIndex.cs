using PoznanAsk.Analysis;
using PoznanAsk.Knowledge.Index;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Search;
using PoznanAsk.Search.Documents;
using PoznanAsk.Search.Highlighting;
using PoznanAsk.Search.Indexing;
using PoznanAsk.Search.Querying;
using PoznanAsk.Search.Querying.Parsing;
using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Schema;

namespace PoznanAsk.Answering.Service;

/// <summary>
/// Search over the knowledge layer's index (passage and fact documents, <see cref="KnowledgeFields"/>)
/// for <see cref="IReportService.Search"/>: Lucene classic syntax through the search engine's
/// parser (default fields <c>text</c> and <c>text.folded</c>), BM25, year/kind filters and the
/// engine's highlighter. <see cref="Over"/> uses the persisted knowledge index; <see cref="Build"/>
/// indexes the same fields for a knowledge base built in memory (through a scratch folder deleted once opened).
/// </summary>
internal sealed class SearchIndex
{
    private const string TextField = KnowledgeFields.Text;
    private readonly IndexSearcher _searcher;
    private readonly QueryParser _parser;
    private readonly Highlighter _highlighter;

    private SearchIndex(IndexSearcher searcher, Analyzer stemmed, Analyzer folded, Analyzer? lemma)
    {
        // Fields and boosts measured in docs/index-chain.md: text 1.0, text.lemma 1.0, text.folded 0.5.
        var hasLemma = lemma is not null && searcher.Reader.Schema.Find(KnowledgeFields.TextLemma) is not null;
        Analyzer[] analyzers = hasLemma ? [stemmed, lemma!, folded] : [stemmed, folded];
        string[] fields = hasLemma ? [KnowledgeFields.Text, KnowledgeFields.TextLemma, KnowledgeFields.TextFolded] : [KnowledgeFields.Text, KnowledgeFields.TextFolded];
        _searcher = searcher;
        _parser = new QueryParser(searcher.Reader.Schema, analyzers, fields)
        {
            FieldBoosts = new Dictionary<string, float> { [KnowledgeFields.Text] = 1f, [KnowledgeFields.TextLemma] = 1f, [KnowledgeFields.TextFolded] = 0.5f },
        };
        _highlighter = new Highlighter(searcher, analyzers);
    }

    /// <summary>Searches an index written by the knowledge layer (not owned: nothing is deleted).</summary>
    public static SearchIndex Over(IndexSearcher searcher, Analyzer stemmed, Analyzer folded, Analyzer? lemma = null) => new(searcher, stemmed, folded, lemma);

    /// <summary>
    /// Indexes the passages and facts of <paramref name="knowledge"/> through a scratch folder deleted once
    /// opened (a reader holds its segments in memory and this one is never refreshed).
    /// </summary>
    public static SearchIndex Build(KnowledgeBase knowledge, Analyzer stemmed, Analyzer folded, Analyzer? lemma = null) =>
        new(Open(knowledge, stemmed, folded, lemma, facts: true), stemmed, folded, lemma);

    /// <summary>
    /// Writes the passages of <paramref name="knowledge"/> into a scratch folder, opens it and deletes the
    /// folder: a reader holds its segments in memory and is never refreshed, so nothing is left behind.
    /// </summary>
    public static IndexSearcher Passages(KnowledgeBase knowledge, Analyzer stemmed, Analyzer folded) => Open(knowledge, stemmed, folded, null, facts: false);

    private static IndexSearcher Open(KnowledgeBase knowledge, Analyzer stemmed, Analyzer folded, Analyzer? lemma, bool facts)
    {
        var directory = Path.Combine(Path.GetTempPath(), "poznanask-search-" + Guid.NewGuid().ToString("N"));
        try
        {
            Write(directory, knowledge, stemmed, folded, lemma, facts);
            return new IndexSearcher(IndexReader.Open(directory));
        }
        finally
        {
            TryDelete(directory);
        }
    }

    /// <summary>The searcher over the index (passage retrieval for answers uses it too).</summary>
    public IndexSearcher Searcher => _searcher;

    /// <summary>
    /// Writes the passages (without list items) and, with <paramref name="facts"/>, the membership facts of
    /// <paramref name="knowledge"/> as knowledge-index documents into a new index in <paramref name="directory"/>.
    /// </summary>
    public static void Write(string directory, KnowledgeBase knowledge, Analyzer stemmed, Analyzer folded, Analyzer? lemma, bool facts)
    {
        var schema = KnowledgeFields.Schema(stemmed, folded, lemma);
        var analyzers = new[] { stemmed, folded, lemma }.OfType<Analyzer>().DistinctBy(a => a.Name).ToArray();
        using var writer = IndexWriter.Open(new SearchOptions { IndexPath = directory, Durable = false }, schema, analyzers);
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

    /// <summary>Runs a search request.</summary>
    /// <exception cref="InvalidQueryException">The query does not parse.</exception>
    public SearchResponse Search(SearchRequest request)
    {
        Query query;
        try
        {
            query = _parser.Parse(request.Query);
        }
        catch (QueryParseException ex)
        {
            throw new InvalidQueryException(ex.Message, ex.Position);
        }

        // Only passages and facts: the knowledge index also holds registry, list and report records.
        var filters = new List<Query>
        {
            request.Kind is { } kind
                ? new TermQuery(KnowledgeFields.Kind, kind)
                : BooleanQuery.Or(new TermQuery(KnowledgeFields.Kind, KnowledgeKinds.Passage), new TermQuery(KnowledgeFields.Kind, KnowledgeKinds.Fact)),
        };
        if (request.Year is { } year)
        {
            filters.Add(IntRangeQuery.Exact(KnowledgeFields.Year, year));
        }

        var top = _searcher.Search(query, request.Top, BooleanQuery.And([.. filters]));
        var hits = top.Hits.Select(h =>
        {
            var d = _searcher.Document(h.Doc);
            var kindOf = d.Get(KnowledgeFields.Kind) ?? string.Empty;
            var snippets = _highlighter.Highlight(query, h.Doc, TextField, maxFragments: 2)
                .Select(f => new Snippet(f.Text, f.Matches.Select(m => new HighlightSpan(m.Start - f.Start, m.End - m.Start)).ToList()))
                .ToList();
            return new SearchHit(d.Get(KnowledgeFields.Id) ?? string.Empty, kindOf, d.Get(KnowledgeFields.Source) ?? string.Empty, d.GetInt(KnowledgeFields.Year), d.Get(KnowledgeFields.Section) ?? string.Empty, h.Score, snippets);
        }).ToList();
        return new SearchResponse((int)Math.Min(top.TotalHits, int.MaxValue), hits);
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

using PoznanAsk.Analysis;
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
/// The search engine's index over a knowledge base's passages and membership facts, for
/// <see cref="IReportService.Search"/>: Lucene classic syntax (the search branch's parser), BM25,
/// year/kind filters and the engine's highlighter. Built into a scratch folder owned by this object
/// (deleted on dispose) because the knowledge base is ingested in memory; once the knowledge layer
/// persists its own index this class opens that one instead of writing.
/// </summary>
internal sealed class SearchIndex : IDisposable
{
    private const string TextField = "text";
    private const string FoldedField = "text_folded";
    private readonly string _directory;
    private readonly IndexSearcher _searcher;
    private readonly QueryParser _parser;
    private readonly Highlighter _highlighter;

    private SearchIndex(string directory, IndexSearcher searcher, QueryParser parser, Highlighter highlighter)
    {
        _directory = directory;
        _searcher = searcher;
        _parser = parser;
        _highlighter = highlighter;
    }

    /// <summary>Indexes <paramref name="knowledge"/> with the stemmed and folded analyzers into a new scratch folder.</summary>
    public static SearchIndex Build(KnowledgeBase knowledge, Analyzer stemmed, Analyzer folded)
    {
        var schema = new IndexSchema(
        [
            FieldDefinition.Keyword("id"),
            FieldDefinition.Keyword("kind"),
            FieldDefinition.Int("year"),
            FieldDefinition.Keyword("source"),
            FieldDefinition.Text("section", stemmed.Name),
            FieldDefinition.Text("organisation", stemmed.Name),
            FieldDefinition.Text(TextField, stemmed.Name),
            FieldDefinition.SubField(FoldedField, TextField, folded.Name),
        ]);
        Analyzer[] analyzers = [stemmed, folded];
        var directory = Path.Combine(Path.GetTempPath(), "poznanask-search-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var writer = IndexWriter.Open(new SearchOptions { IndexPath = directory, Durable = false }, schema, analyzers))
            {
                foreach (var p in knowledge.Passages.Where(p => p.Kind != PassageKind.ListItem))
                {
                    var doc = new Document().Add("id", p.Id).Add("kind", "passage").Add("source", p.Source).Add("section", p.Section).Add(TextField, p.Text);
                    writer.Add(p.Year is { } y ? doc.Add("year", y) : doc);
                }

                foreach (var f in knowledge.Memberships)
                {
                    var org = knowledge.OrganisationsById.GetValueOrDefault(f.OrganisationId)?.CanonicalName ?? f.NameAsWritten;
                    var section = knowledge.PassagesById.GetValueOrDefault(f.ListPassageId)?.Section ?? string.Empty;
                    writer.Add(new Document().Add("id", f.Id).Add("kind", "fact").Add("year", f.Year).Add("source", f.Source)
                        .Add("section", section).Add("organisation", org).Add(TextField, f.Quote));
                }

                writer.Commit();
            }

            var searcher = new IndexSearcher(IndexReader.Open(directory));
            return new SearchIndex(directory, searcher, new QueryParser(schema, analyzers, TextField, FoldedField), new Highlighter(searcher, analyzers));
        }
        catch
        {
            TryDelete(directory);
            throw;
        }
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

        var filters = new List<Query>();
        if (request.Year is { } year)
        {
            filters.Add(IntRangeQuery.Exact("year", year));
        }

        if (request.Kind is { } kind)
        {
            filters.Add(new TermQuery("kind", kind));
        }

        var top = _searcher.Search(query, request.Top, filters.Count == 0 ? null : BooleanQuery.And([.. filters]));
        var hits = top.Hits.Select(h =>
        {
            var d = _searcher.Document(h.Doc);
            var snippets = _highlighter.Highlight(query, h.Doc, TextField, maxFragments: 2)
                .Select(f => new Snippet(f.Text, f.Matches.Select(m => new HighlightSpan(m.Start - f.Start, m.End - m.Start)).ToList()))
                .ToList();
            return new SearchHit(d.Get("id") ?? string.Empty, d.Get("kind") ?? string.Empty, d.Get("source") ?? string.Empty, d.GetInt("year"), d.Get("section") ?? string.Empty, h.Score, snippets);
        }).ToList();
        return new SearchResponse((int)Math.Min(top.TotalHits, int.MaxValue), hits);
    }

    /// <inheritdoc />
    public void Dispose() => TryDelete(_directory);

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
            // A scratch folder left in the temp directory is harmless; the answer path never reads it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

using System.Collections.Concurrent;
using PoznanAsk.Analysis;
using PoznanAsk.Answering.Questions;
using PoznanAsk.Knowledge.Index;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Search.Querying;

namespace PoznanAsk.Answering.Retrieval;

/// <summary>
/// Passage retrieval for answers through the search engine: BM25 over the knowledge index's passage
/// documents (<see cref="KnowledgeFields"/>, list items excluded: they are inside their lists).
/// Each question word becomes one query, a disjunction over <see cref="Fields"/> of the word's own
/// analyzer terms and, weaker, of its inflected and mistyped forms found in the
/// <see cref="PassageVocabulary"/> ("Związku" also reaches "Związek", which a stemmer alone
/// misses). A should-query over the words ranks the passages; a count per word gives its idf and a
/// search per word over the ranked passages their coverage: the share of the question's idf weight
/// a passage contains, with words no passage has counting against it. Immutable and thread-safe; one per index snapshot.
/// </summary>
internal sealed class PassageRetriever
{
    /// <summary>Weight of a variant's match relative to the word itself.</summary>
    private const float VariantBoost = 0.75f;

    private readonly IndexSearcher _searcher;
    private readonly Query _passages;
    private readonly Passage?[] _byDoc;
    private readonly IReadOnlyDictionary<string, Passage> _passagesById;
    private readonly ConcurrentDictionary<(int Field, string Form), string[]> _terms = new();
    private readonly int _count;

    /// <summary>Retrieves over <paramref name="searcher"/>, whose passage documents carry the ids of <paramref name="knowledge"/>'s passages.</summary>
    public PassageRetriever(IndexSearcher searcher, KnowledgeBase knowledge, IReadOnlyList<RetrievalField> fields, PassageVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(knowledge);
        _searcher = searcher;
        Fields = fields;
        Vocabulary = vocabulary;
        _passagesById = knowledge.PassagesById;
        _passages = new BooleanQuery(
        [
            new BooleanClause(new TermQuery(KnowledgeFields.Kind, KnowledgeKinds.Passage), Occur.Filter),
            new BooleanClause(new TermQuery(KnowledgeFields.PassageKind, PassageKind.ListItem.ToString().ToLowerInvariant()), Occur.MustNot),
        ]);
        _byDoc = new Passage?[searcher.Reader.MaxDoc];
        _count = (int)searcher.Count(new MatchAllQuery(), _passages);
    }

    /// <summary>
    /// The fields a question word is searched in, primary first. The one place to add a field
    /// (e.g. a lemma sub-field of <c>text</c>).
    /// </summary>
    public IReadOnlyList<RetrievalField> Fields { get; }

    /// <summary>The passages' words (the question parser's vocabulary).</summary>
    public PassageVocabulary Vocabulary { get; }

    /// <summary>Number of searchable passages.</summary>
    public int Count => _count;

    /// <summary>The fields of the knowledge index: stemmed <c>text</c> over folded <c>text.folded</c>.</summary>
    public static IReadOnlyList<RetrievalField> KnowledgeIndexFields(Analyzer stemmed, Analyzer folded) =>
    [
        new(KnowledgeFields.Text, stemmed, 1f, MinTermLength: 3),
        new(KnowledgeFields.TextFolded, folded, 0.9f, MinTermLength: 3),
    ];

    /// <summary>The best passages for the question's words, optionally only of one year.</summary>
    public IReadOnlyList<PassageHit> Search(IReadOnlyList<Word> words, int? year, int top)
    {
        var queries = new List<(Query Query, double Idf)>();
        double totalIdf = 0;
        var unknownIdf = Math.Log(1 + ((_count + 0.5) / 0.5));
        foreach (var w in words)
        {
            if (Lexicon.FunctionWords.Contains(w.Folded) || w.Folded.Length < 2)
            {
                continue;
            }

            if (WordQuery(w) is not { } query)
            {
                // Every field's chain drops the word (a stop word such as "nie", "bo"): the index
                // says nothing about it, so it neither matches nor counts against coverage.
                continue;
            }

            var df = _count == 0 ? 0 : _searcher.Count(query, _passages);
            if (df == 0)
            {
                // A word no passage contains still counts against coverage: "budżet na kulturę"
                // is not answered by a passage about budgets alone.
                totalIdf += unknownIdf;
                continue;
            }

            var idf = Math.Log(1 + ((_count - df + 0.5) / (df + 0.5)));
            totalIdf += idf;
            queries.Add((query, idf));
        }

        if (queries.Count == 0 || totalIdf <= 0 || top <= 0)
        {
            return [];
        }

        // One should-query over the words ranks the passages (BM25 sums the words' scores); the
        // year is a filter, so it does not change scores.
        var filter = year is { } y ? BooleanQuery.And(_passages, IntRangeQuery.Exact(KnowledgeFields.Year, y)) : _passages;
        var ranked = _searcher.Search(queries.Count == 1 ? queries[0].Query : BooleanQuery.Or([.. queries.Select(q => q.Query)]), top, filter).Hits;
        if (ranked.Count == 0)
        {
            return [];
        }

        // Coverage: which words each ranked passage matches, one search per word restricted to the ranked passages.
        var covered = new Dictionary<int, double>();
        var idFilter = BooleanQuery.And(_passages, BooleanQuery.Or([.. ranked.Select(h => new TermQuery(KnowledgeFields.Id, PassageOf(h.Doc)?.Id ?? string.Empty))]));
        foreach (var (query, idf) in queries)
        {
            foreach (var h in _searcher.Search(query, ranked.Count, idFilter).Hits)
            {
                covered[h.Doc] = covered.GetValueOrDefault(h.Doc) + idf;
            }
        }

        return ranked.Select(h => (Passage: PassageOf(h.Doc), h.Score, Covered: covered.GetValueOrDefault(h.Doc)))
            .Where(x => x.Passage is not null)
            .Select(x => new PassageHit(x.Passage!, x.Score, x.Covered / totalIdf)).ToList();
    }

    /// <summary>
    /// One word's query: per field, its own terms (boosted by the field) and, weaker, the terms of
    /// its inflected/mistyped forms; each group is a synonym query, so forms of one word share one
    /// term frequency and idf as Lucene scores synonyms. Null when no field has a term for it.
    /// </summary>
    internal Query? WordQuery(Word w)
    {
        var written = w.Text.ToLowerInvariant();
        var variants = Vocabulary.Variants(w.Folded).SelectMany(v => Vocabulary.WrittenForms(v)).ToList();
        var clauses = new List<BooleanClause>();
        for (var f = 0; f < Fields.Count; f++)
        {
            var field = Fields[f];
            var own = TermsOf(f, written);
            if (own.Length > 0)
            {
                clauses.Add(new BooleanClause(new BoostQuery(new SynonymQuery(field.Name, own), field.Boost), Occur.Should));
            }

            var others = variants.SelectMany(v => TermsOf(f, v)).Distinct(StringComparer.Ordinal).Except(own, StringComparer.Ordinal).ToArray();
            if (others.Length > 0)
            {
                clauses.Add(new BooleanClause(new BoostQuery(new SynonymQuery(field.Name, others), field.Boost * VariantBoost), Occur.Should));
            }
        }

        return clauses.Count == 0 ? null : new BooleanQuery(clauses);
    }

    private string[] TermsOf(int field, string form) => _terms.GetOrAdd((field, form), key =>
    {
        var f = Fields[key.Field];
        var terms = new List<string>();
        try
        {
            f.Analyzer.Analyze(key.Form, (term, start, end, inc, type) =>
            {
                if (term.Length >= f.MinTermLength || term.Length == key.Form.Length)
                {
                    var t = term.ToString();
                    if (!terms.Contains(t))
                    {
                        terms.Add(t);
                    }
                }
            });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A word the chain cannot analyse simply has no terms in that field.
        }

        return terms.ToArray();
    });

    private Passage? PassageOf(int doc)
    {
        var p = _byDoc[doc];
        if (p is null && _searcher.Document(doc).Get(KnowledgeFields.Id) is { } id && _passagesById.TryGetValue(id, out var found))
        {
            // A benign race: two threads may resolve the same document to the same passage.
            _byDoc[doc] = p = found;
        }

        return p;
    }
}

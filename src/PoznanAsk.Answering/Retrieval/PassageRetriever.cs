using System.Collections.Concurrent;
using PoznanAsk.Analysis;
using PoznanAsk.Answering.Questions;
using PoznanAsk.Knowledge.Index;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Retrieval;

/// <summary>
/// Passage retrieval for answers through the knowledge index's search façade (<see cref="IKnowledgeSearch"/>):
/// BM25 over the passage documents (list items excluded: they are inside their lists; captions ranked after content).
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
    private const int MaxCachedWords = 50_000;

    private readonly IKnowledgeSearch _search;
    private readonly IReadOnlyDictionary<string, Passage> _passagesById;
    private readonly ConcurrentDictionary<(int Field, string Form), string[]> _terms = new();
    private readonly ConcurrentDictionary<string, HashSet<string>[]> _passageTerms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PreparedWord> _words = new(StringComparer.Ordinal);
    private readonly int _count;

    /// <summary>Retrieves through <paramref name="search"/>, whose passage documents carry the ids of <paramref name="knowledge"/>'s passages.</summary>
    public PassageRetriever(IKnowledgeSearch search, KnowledgeBase knowledge, IReadOnlyList<RetrievalField> fields, PassageVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(knowledge);
        _search = search;
        Fields = fields;
        Vocabulary = vocabulary;
        _passagesById = knowledge.PassagesById;
        _count = search.PassageCount;
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

    /// <summary>The fields of the knowledge index: stemmed <c>text</c>, lemmatised <c>text.lemma</c> (when loaded), folded <c>text.folded</c>.</summary>
    public static IReadOnlyList<RetrievalField> KnowledgeIndexFields(IndexAnalyzers analyzers) =>
        analyzers.Lemma is null
            ? [new(SearchField.Text, analyzers.Text, 1f, MinTermLength: 3), new(SearchField.Folded, analyzers.Folded, 0.9f, MinTermLength: 3)]
            : [new(SearchField.Text, analyzers.Text, 1f, MinTermLength: 3), new(SearchField.Lemma, analyzers.Lemma, 1f, MinTermLength: 3), new(SearchField.Folded, analyzers.Folded, 0.9f, MinTermLength: 3)];

    /// <summary>The best passages for the question's words, optionally only of one year.</summary>
    public IReadOnlyList<PassageHit> Search(IReadOnlyList<Word> words, int? year, int top)
    {
        var queries = new List<(WordQuery Query, double Idf, string[][] Terms)>();
        double totalIdf = 0;
        var unknownIdf = Math.Log(1 + ((_count + 0.5) / 0.5));
        foreach (var w in words)
        {
            if (Lexicon.FunctionWords.Contains(w.Folded) || w.Folded.Length < 2)
            {
                continue;
            }

            var (query, wordTerms, df) = Prepared(w);
            if (query is null)
            {
                // Every field's chain drops the word (a stop word such as "nie", "bo"): the index
                // says nothing about it, so it neither matches nor counts against coverage.
                continue;
            }

            if (df == 0)
            {
                // A word no passage contains still counts against coverage: "budżet na kulturę"
                // is not answered by a passage about budgets alone.
                totalIdf += unknownIdf;
                continue;
            }

            var idf = Math.Log(1 + ((_count - df + 0.5) / (df + 0.5)));
            totalIdf += idf;
            queries.Add((query, idf, wordTerms));
        }

        if (queries.Count == 0 || totalIdf <= 0 || top <= 0)
        {
            return [];
        }

        // One should-query over the words ranks the passages (BM25 sums the words' scores); the
        // year is a filter, so it does not change scores.
        var ranked = _search.SearchPassages([.. queries.Select(q => q.Query)], year, top);
        if (ranked.Count == 0)
        {
            return [];
        }

        // Coverage: the share of the question's idf whose words (own or variant terms, in any field)
        // occur in a ranked passage — read from the passage's cached terms, no further searches.
        var hits = new List<PassageHit>(ranked.Count);
        foreach (var h in ranked)
        {
            if (!_passagesById.TryGetValue(h.PassageId, out var passage))
            {
                continue;
            }

            var terms = PassageTerms(passage);
            double covered = 0;
            foreach (var (_, idf, wordTerms) in queries)
            {
                if (Matches(terms, wordTerms))
                {
                    covered += idf;
                }
            }

            hits.Add(new PassageHit(passage, h.Score, covered / totalIdf));
        }

        // Image alt texts and captions never outrank content: they come after every content passage.
        return hits.Any(h => h.Passage.Kind == PassageKind.Caption)
            ? [.. hits.Where(h => h.Passage.Kind != PassageKind.Caption), .. hits.Where(h => h.Passage.Kind == PassageKind.Caption)]
            : hits;
    }

    /// <summary>
    /// The word's query, its terms per field and how many passages contain it (own or variant terms),
    /// built once per word and snapshot — the vocabulary, the analyzers and the index never change
    /// under a retriever; the cache is bounded so that a stream of typos cannot grow it without limit.
    /// </summary>
    private PreparedWord Prepared(Word w)
    {
        var key = w.Alternatives is null ? w.Text.ToLowerInvariant() + "|" + w.Folded : string.Join('|', [w.Text.ToLowerInvariant(), w.Folded, .. w.Alternatives]);
        if (_words.TryGetValue(key, out var prepared))
        {
            return prepared;
        }

        var query = QueryOf(w, out var terms);
        prepared = new PreparedWord(query, terms, query is null || _count == 0 ? 0 : _search.CountPassages(query));
        if (_words.Count < MaxCachedWords)
        {
            _words.TryAdd(key, prepared);
        }

        return prepared;
    }

    private static bool Matches(HashSet<string>[] passageTerms, string[][] wordTerms)
    {
        for (var f = 0; f < wordTerms.Length; f++)
        {
            foreach (var term in wordTerms[f])
            {
                if (passageTerms[f].Contains(term))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The terms of a passage per retrieval field, computed once per passage (the snapshot is immutable).</summary>
    private HashSet<string>[] PassageTerms(Passage passage) => _passageTerms.GetOrAdd(passage.Id, _ =>
    {
        var sets = new HashSet<string>[Fields.Count];
        for (var f = 0; f < Fields.Count; f++)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                Fields[f].Analyzer.Analyze(passage.Text, (term, start, end, inc, type) => set.Add(term.ToString()));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A text the chain cannot analyse contributes no terms for that field.
            }

            sets[f] = set;
        }

        return sets;
    });

    internal WordQuery? QueryOf(Word w) => QueryOf(w, out _);

    /// <summary>The query for one question word, and its own and variant terms per field (for coverage).</summary>
    internal WordQuery? QueryOf(Word w, out string[][] termsByField)
    {
        // A translated word's alternatives (its Polish words) are the word itself, as the passages write them.
        string[] written = [w.Text.ToLowerInvariant(), .. (w.Alternatives ?? []).SelectMany(Vocabulary.WrittenForms)];
        var variants = w.Forms.SelectMany(Vocabulary.Variants).SelectMany(v => Vocabulary.WrittenForms(v)).ToList();
        var clauses = new List<TermGroup>();
        termsByField = new string[Fields.Count][];
        for (var f = 0; f < Fields.Count; f++)
        {
            var field = Fields[f];
            var own = written.SelectMany(form => TermsOf(f, form)).Distinct(StringComparer.Ordinal).ToArray();
            if (own.Length > 0)
            {
                clauses.Add(new TermGroup(field.Field, own, field.Boost));
            }

            var others = variants.SelectMany(v => TermsOf(f, v)).Distinct(StringComparer.Ordinal).Except(own, StringComparer.Ordinal).ToArray();
            termsByField[f] = [.. own, .. others];
            if (others.Length > 0)
            {
                clauses.Add(new TermGroup(field.Field, others, field.Boost * VariantBoost));
            }
        }

        return clauses.Count == 0 ? null : new WordQuery(clauses);
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

    private sealed record PreparedWord(WordQuery? Query, string[][] Terms, long DocumentFrequency);
}

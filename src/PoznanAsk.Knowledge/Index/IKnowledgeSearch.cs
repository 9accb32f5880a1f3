namespace PoznanAsk.Knowledge.Index;

/// <summary>
/// The one search façade over the knowledge index: the only way the answering layer and the hosts
/// search. It owns the schema (field names, analyzers), the query syntax and its boosts, filters and
/// highlighting; callers speak in passage ids, <see cref="SearchField"/>s and analysed terms.
/// One instance reads one commit; it is immutable and thread-safe.
/// </summary>
public interface IKnowledgeSearch
{
    /// <summary>Searchable passages (paragraphs and lists; list items are inside their lists).</summary>
    int PassageCount { get; }

    /// <summary>The text fields this index has (always <see cref="SearchField.Text"/> and <see cref="SearchField.Folded"/>).</summary>
    IReadOnlyList<SearchField> Fields { get; }

    /// <summary>How many searchable passages match <paramref name="word"/>.</summary>
    long CountPassages(WordQuery word);

    /// <summary>The best passages for a should-query over <paramref name="words"/> (BM25; the year is a filter, not a score).</summary>
    /// <param name="words">One query per question word; each is a disjunction of its term groups.</param>
    /// <param name="year">Only passages of this report year, when set.</param>
    /// <param name="top">How many.</param>
    IReadOnlyList<PassageScore> SearchPassages(IReadOnlyList<WordQuery> words, int? year, int top);

    /// <summary>
    /// Searches passages and facts with a query a user typed (Lucene classic syntax over
    /// <c>text</c> 1.0, <c>text.lemma</c> 1.0, <c>text.folded</c> 0.5), with sentence-bounded snippets.
    /// </summary>
    /// <exception cref="InvalidQueryException">The query does not parse; the message says what, <see cref="InvalidQueryException.Position"/> where.</exception>
    IndexHits Search(IndexQuery query);
}

/// <summary>The text fields of the knowledge index, by the chain that writes them.</summary>
public enum SearchField
{
    /// <summary>Stempel stems with the project's guards (<c>text</c>).</summary>
    Text,

    /// <summary>Morfologik lemmas (<c>text.lemma</c>).</summary>
    Lemma,

    /// <summary>Diacritics folded before stemming (<c>text.folded</c>).</summary>
    Folded,
}

/// <summary>The kinds of searchable documents.</summary>
public enum HitKind
{
    /// <summary>A passage (paragraph or list).</summary>
    Passage,

    /// <summary>A membership fact.</summary>
    Fact,
}

/// <summary>Analysed terms of one field that count as one term (a synonym set), with a weight.</summary>
/// <param name="Field">The field.</param>
/// <param name="Terms">Terms as that field's analyzer produces them.</param>
/// <param name="Boost">Weight of a match.</param>
public sealed record TermGroup(SearchField Field, IReadOnlyList<string> Terms, float Boost);

/// <summary>The query of one question word: a disjunction of its term groups.</summary>
/// <param name="Groups">The groups (at least one).</param>
public sealed record WordQuery(IReadOnlyList<TermGroup> Groups);

/// <summary>A passage found, by id, with its score.</summary>
/// <param name="PassageId">The passage id.</param>
/// <param name="Score">BM25 score.</param>
public sealed record PassageScore(string PassageId, double Score);

/// <summary>A user search.</summary>
/// <param name="Text">The query in classic syntax.</param>
/// <param name="Year">Only this report year, when set.</param>
/// <param name="Kind">Only passages or only facts, when set.</param>
/// <param name="Top">How many hits.</param>
public sealed record IndexQuery(string Text, int? Year = null, HitKind? Kind = null, int Top = 10);

/// <summary>Results of a user search.</summary>
/// <param name="TotalHits">How many documents matched.</param>
/// <param name="Hits">The best hits, best first.</param>
public sealed record IndexHits(int TotalHits, IReadOnlyList<IndexHit> Hits);

/// <summary>One hit of a user search.</summary>
/// <param name="Id">Passage or fact id.</param>
/// <param name="Kind">Passage or fact.</param>
/// <param name="Source">Source file.</param>
/// <param name="Year">Report year.</param>
/// <param name="Section">Section path.</param>
/// <param name="Score">BM25 score.</param>
/// <param name="Snippets">Best sentence-bounded fragments with the matched terms marked.</param>
public sealed record IndexHit(string Id, HitKind Kind, string Source, int? Year, string Section, double Score, IReadOnlyList<IndexSnippet> Snippets);

/// <summary>A fragment of a hit's text.</summary>
/// <param name="Text">The fragment, verbatim.</param>
/// <param name="Highlights">Matched terms as (start, length) within <paramref name="Text"/>.</param>
public sealed record IndexSnippet(string Text, IReadOnlyList<(int Start, int Length)> Highlights);

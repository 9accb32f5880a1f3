using PoznanAsk.Knowledge;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Service;

/// <summary>
/// Search and fact look-ups over the ingested reports, shared by the REST API and the CLI
/// (questions go through <see cref="Conversation.ITurnHandler"/>). Implementations are thread-safe
/// and read one consistent index snapshot per call.
/// </summary>
public interface IReportService
{
    /// <summary>The report years covered, ascending.</summary>
    IReadOnlyList<int> Years { get; }

    /// <summary>Searches passages and facts with Lucene's classic query syntax.</summary>
    /// <exception cref="InvalidQueryException">The query does not parse; the message says where and why.</exception>
    SearchResponse Search(SearchRequest request);

    /// <summary>Membership facts, filtered; ordered by year, scope, then list order.</summary>
    IReadOnlyList<FactRow> Facts(FactQuery query);

    /// <summary>What changed between two report years: joined, left, renamed.</summary>
    FactsDiff Diff(int fromYear, int toYear);
}

/// <summary>A search request.</summary>
/// <param name="Query">Lucene classic query syntax (e.g. <c>+eurocities year:2017</c>).</param>
/// <param name="Year">Only this report year, when set.</param>
/// <param name="Kind">Only <c>passage</c> or <c>fact</c>, when set.</param>
/// <param name="Top">How many hits (1–100).</param>
public sealed record SearchRequest(string Query, int? Year = null, string? Kind = null, int Top = 10);

/// <summary>Search results.</summary>
/// <param name="TotalHits">How many documents matched.</param>
/// <param name="Hits">The best <see cref="SearchRequest.Top"/> hits, best first.</param>
public sealed record SearchResponse(int TotalHits, IReadOnlyList<SearchHit> Hits);

/// <summary>One hit.</summary>
/// <param name="Id">Passage or fact id.</param>
/// <param name="Kind"><c>passage</c> or <c>fact</c>.</param>
/// <param name="Source">Source file.</param>
/// <param name="Year">Report year.</param>
/// <param name="Section">Section path.</param>
/// <param name="Score">BM25 score.</param>
/// <param name="Snippets">Best fragments with the matched terms marked.</param>
public sealed record SearchHit(string Id, string Kind, string Source, int? Year, string Section, double Score, IReadOnlyList<Snippet> Snippets);

/// <summary>A fragment of a hit's text; <see cref="Highlights"/> are offsets into <see cref="Text"/>. Escaping is the renderer's job.</summary>
/// <param name="Text">The fragment, verbatim.</param>
/// <param name="Highlights">Matched terms within the fragment.</param>
public sealed record Snippet(string Text, IReadOnlyList<HighlightSpan> Highlights);

/// <summary>A highlighted range within a snippet.</summary>
/// <param name="Start">Start offset in the snippet text.</param>
/// <param name="Length">Length in UTF-16 units.</param>
public sealed record HighlightSpan(int Start, int Length);

/// <summary>A fact filter; null members do not filter.</summary>
/// <param name="Year">Report year.</param>
/// <param name="Scope">International or national.</param>
/// <param name="Organisation">An organisation name or abbreviation as a user types it (any form, no diacritics).</param>
public sealed record FactQuery(int? Year = null, MembershipScope? Scope = null, string? Organisation = null);

/// <summary>One membership fact with its citation.</summary>
/// <param name="OrganisationId">Registry id.</param>
/// <param name="Organisation">Canonical name.</param>
/// <param name="NameAsWritten">Name as the cited list item writes it.</param>
/// <param name="Year">Report year.</param>
/// <param name="Scope">Scope.</param>
/// <param name="Citation">Where the report states it (Number is 1 when listed alone).</param>
public sealed record FactRow(string OrganisationId, string Organisation, string NameAsWritten, int Year, MembershipScope Scope, Answers.Citation Citation);

/// <summary>Differences between two years' memberships.</summary>
/// <param name="FromYear">The earlier year.</param>
/// <param name="ToYear">The later year.</param>
/// <param name="Joined">Members in <paramref name="ToYear"/> only.</param>
/// <param name="Left">Members in <paramref name="FromYear"/> only.</param>
/// <param name="Renamed">Same organisation, written differently: (as in FromYear, as in ToYear).</param>
/// <param name="Unchanged">Members in both years under the same name.</param>
public sealed record FactsDiff(
    int FromYear,
    int ToYear,
    IReadOnlyList<FactRow> Joined,
    IReadOnlyList<FactRow> Left,
    IReadOnlyList<RenamedFact> Renamed,
    IReadOnlyList<FactRow> Unchanged);

/// <summary>An organisation present in both years under different names.</summary>
/// <param name="Before">As written in the earlier year.</param>
/// <param name="After">As written in the later year.</param>
public sealed record RenamedFact(FactRow Before, FactRow After);

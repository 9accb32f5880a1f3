using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Facts;
using PoznanAsk.Answering.Questions;
using PoznanAsk.Knowledge;
using PoznanAsk.Knowledge.Index;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Service;

/// <summary>
/// <see cref="IReportService"/> over the answering layer's knowledge snapshot: passage search with
/// highlights, membership facts filtered by year, scope and an organisation resolved by the same
/// linker as questions, and diffs by <see cref="MembershipDiffer"/>. Each call reads one snapshot; searches
/// are kept per snapshot (<see cref="SnapshotCache{TKey, TValue}"/>) when a cache size is given.
/// </summary>
internal sealed class ReportService : IReportService
{
    private readonly Func<EngineSnapshot> _snapshot;
    private readonly SnapshotCache<SearchRequest, SearchResponse> _searches;

    /// <summary>Creates the service over the engine's current snapshot, keeping up to <paramref name="searchCacheEntries"/> searches (0: none).</summary>
    public ReportService(Func<EngineSnapshot> snapshot, int searchCacheEntries = 0)
    {
        _snapshot = snapshot;
        _searches = new SnapshotCache<SearchRequest, SearchResponse>(searchCacheEntries);
    }

    /// <inheritdoc />
    public IReadOnlyList<int> Years => _snapshot().Composer.Context.View.Years;

    /// <inheritdoc />
    public SearchResponse Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            throw new InvalidQueryException("Zapytanie jest puste.", 0);
        }

        if (request.Top is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Top, "Top must be between 1 and 100.");
        }

        if (request.Kind is not null and not "passage" and not "fact")
        {
            throw new ArgumentException($"Unknown kind '{request.Kind}' (use passage or fact).", nameof(request));
        }

        var snapshot = _snapshot();
        return _searches.GetOrAdd(snapshot, request, r => Search(snapshot, r));
    }

    /// <inheritdoc />
    public IReadOnlyList<FactRow> Facts(FactQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var c = _snapshot().Composer;
        IEnumerable<MembershipFact> facts = c.Context.View.Knowledge.Memberships;
        if (!string.IsNullOrWhiteSpace(query.Organisation))
        {
            var mentions = c.Parser.Linker.Link(query.Organisation, WordSplitter.Split(query.Organisation));
            var ids = mentions.Select(m => m.Organisation.Id).ToHashSet(StringComparer.Ordinal);
            facts = facts.Where(f => ids.Contains(f.OrganisationId));
        }

        return facts.Where(f => (query.Year is null || f.Year == query.Year) && (query.Scope is null || f.Scope == query.Scope))
            .OrderBy(f => f.Year).ThenBy(f => f.Scope).ThenBy(f => f.Source, StringComparer.Ordinal).ThenBy(f => f.Start)
            .Select(f => Row(c, f)).ToList();
    }

    /// <inheritdoc />
    public FactsDiff Diff(int fromYear, int toYear)
    {
        var c = _snapshot().Composer;
        var view = c.Context.View;
        foreach (var y in new[] { fromYear, toYear }.Where(y => !view.Years.Contains(y)))
        {
            throw new ArgumentOutOfRangeException(nameof(fromYear), y, $"No report for {y}; the reports cover {string.Join(", ", view.Years)}.");
        }

        var (from, to) = (Math.Min(fromYear, toYear), Math.Max(fromYear, toYear));
        var diffs = MembershipDiffer.ComparableScopes(view, from, to, null).Select(s => MembershipDiffer.Diff(view, from, to, s)).ToList();
        return new FactsDiff(
            from,
            to,
            diffs.SelectMany(d => d.Joined).Select(f => Row(c, f)).ToList(),
            diffs.SelectMany(d => d.Left).Select(f => Row(c, f)).ToList(),
            diffs.SelectMany(d => d.Renamed).Select(r => new RenamedFact(Row(c, r.Before), Row(c, r.After))).ToList(),
            diffs.SelectMany(d => d.Unchanged).Select(f => Row(c, f)).ToList());
    }

    private static SearchResponse Search(EngineSnapshot snapshot, SearchRequest request)
    {
        var kindOf = request.Kind switch { "passage" => HitKind.Passage, "fact" => HitKind.Fact, _ => (HitKind?)null };
        var found = snapshot.Search.Search(new IndexQuery(request.Query, request.Year, kindOf, request.Top));
        return new SearchResponse(found.TotalHits, found.Hits.Select(h => new SearchHit(
            h.Id, h.Kind == HitKind.Fact ? "fact" : "passage", h.Source, h.Year, h.Section, h.Score,
            h.Snippets.Select(s => new Snippet(s.Text, s.Highlights.Select(x => new HighlightSpan(x.Start, x.Length)).ToList())).ToList())).ToList());
    }

    private static FactRow Row(AnswerComposer c, MembershipFact f)
    {
        var citations = new CitationList(c.Context.View);
        citations.Cite(f);
        var org = c.Context.View.Knowledge.OrganisationsById.GetValueOrDefault(f.OrganisationId);
        return new FactRow(f.OrganisationId, org?.CanonicalName ?? f.NameAsWritten, f.NameAsWritten, f.Year, f.Scope, citations.Items[0]);
    }
}

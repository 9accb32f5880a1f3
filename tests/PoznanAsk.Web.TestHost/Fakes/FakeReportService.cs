using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Service;
using PoznanAsk.Knowledge;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Web.TestHost.Fakes;

/// <summary>
/// A report service over <see cref="FakeReports"/>: term search with highlights (a term is a whitespace
/// word, case-insensitive prefix match), a parse error for an unclosed quote (at its position, like the
/// real parser), membership facts and their differences.
/// </summary>
public sealed class FakeReportService : IReportService
{
    private static readonly (string Org, MembershipScope Scope, int[] Years)[] Memberships =
    [
        ("Związek Miast Polskich", MembershipScope.National, [2022, 2023]),
        ("Unia Metropolii Polskich", MembershipScope.National, [2022, 2023]),
        ("Metropolia Poznań", MembershipScope.National, [2023]),
        ("Eurocities", MembershipScope.International, [2022, 2023]),
        ("Związek Miast Bałtyckich", MembershipScope.International, [2022]),
    ];

    /// <inheritdoc />
    public IReadOnlyList<int> Years => FakeReports.Years;

    /// <inheritdoc />
    public SearchResponse Search(SearchRequest request)
    {
        var quotes = request.Query.Select((c, i) => (c, i)).Where(x => x.c == '"').Select(x => x.i).ToList();
        if (quotes.Count % 2 == 1)
        {
            throw new InvalidQueryException("Cudzysłów nie został zamknięty.", quotes[^1]);
        }

        var terms = request.Query.Replace("\"", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !t.Contains(':', StringComparison.Ordinal)).Select(t => t.ToLowerInvariant()).ToList();
        var hits = new List<SearchHit>();
        foreach (var year in FakeReports.Years.Where(y => request.Year is null || request.Year == y))
        {
            foreach (var (id, section, text) in FakeReports.Passages)
            {
                var spans = Highlights(text, terms);
                if (spans.Count > 0 && request.Kind is null or "passage")
                {
                    hits.Add(new SearchHit($"{year}-{id}", "passage", $"raport-{year}.txt", year, section, spans.Count, [new Snippet(text, spans)]));
                }
            }
        }

        var ordered = hits.OrderByDescending(h => h.Score).ThenBy(h => h.Id, StringComparer.Ordinal).ToList();
        return new SearchResponse(ordered.Count, ordered.Take(request.Top).ToList());
    }

    /// <inheritdoc />
    public IReadOnlyList<FactRow> Facts(FactQuery query) =>
        Rows().Where(r => (query.Year is null || r.Year == query.Year)
                && (query.Scope is null || r.Scope == query.Scope)
                && (query.Organisation is null || r.Organisation.Contains(query.Organisation, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    /// <inheritdoc />
    public FactsDiff Diff(int fromYear, int toYear)
    {
        var before = Facts(new FactQuery(fromYear));
        var after = Facts(new FactQuery(toYear));
        return new FactsDiff(
            fromYear,
            toYear,
            after.Where(a => before.All(b => b.OrganisationId != a.OrganisationId)).ToList(),
            before.Where(b => after.All(a => a.OrganisationId != b.OrganisationId)).ToList(),
            [],
            after.Where(a => before.Any(b => b.OrganisationId == a.OrganisationId)).ToList());
    }

    private static IEnumerable<FactRow> Rows() =>
        from m in Memberships
        from y in m.Years
        let passage = m.Scope == MembershipScope.National ? 0 : 2
        select new FactRow(m.Org.ToLowerInvariant().Replace(' ', '-'), m.Org, m.Org, y, m.Scope, FakeReports.Citation(1, y, passage));

    private static List<HighlightSpan> Highlights(string text, List<string> terms)
    {
        var spans = new List<HighlightSpan>();
        var start = 0;
        foreach (var word in text.Split(' '))
        {
            var bare = word.TrimEnd(';', ':', ',', '.');
            if (bare.Length > 0 && terms.Any(t => bare.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            {
                spans.Add(new HighlightSpan(start, bare.Length));
            }

            start += word.Length + 1;
        }

        return spans;
    }
}

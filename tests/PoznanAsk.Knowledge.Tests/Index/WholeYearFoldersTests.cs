using System.Text.Json;
using PoznanAsk.Knowledge.Index;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Tests.Support;

namespace PoznanAsk.Knowledge.Tests.Index;

/// <summary>Whole years at once: 120 saved section pages of three years side by side, and a year's PDF beside them.</summary>
public sealed class WholeYearFoldersTests : IDisposable
{
    private static readonly int[] Years = [2019, 2020, 2021];
    private readonly TempFolder _reports = new();
    private readonly TempFolder _index = new();

    public void Dispose()
    {
        _reports.Dispose();
        _index.Dispose();
    }

    private static string Page(int year, int n) => SavedPage.FullPage(
        $"<h1>Sekcja {n} raportu za {year} rok</h1><p>W {year} r. wydział numer {n} zrealizował {n * 3 + year % 100} zadań i przeprowadził {n + 2} konsultacji społecznych.</p>" +
        (n == 7 ? $"<h2>Organizacje krajowe</h2><p>W {year} r. Miasto Poznań należało do 2 organizacji krajowych:</p><ul><li>Związek Miast Polskich;</li><li>Unia Metropolii Polskich.</li></ul>" : string.Empty),
        canonical: $"https://badam.poznan.pl/{year}/sekcja-{n}/");

    private void WriteYears()
    {
        foreach (var year in Years)
        {
            for (var n = 1; n <= 40; n++)
            {
                _reports.Write($"badam-{year}/sekcja-{n:000}.html", Page(year, n));
            }
        }

        _reports.WriteBytes("raport-2022.pdf", YearReportPdf.Create(2022, pages: 30, membershipPage: 15).Build());
    }

    [Fact]
    public void Update_ThreeYearsOfSavedPagesAndAPdf_FactsPerYearThenNoWorkWhenUnchanged()
    {
        WriteYears();
        var index = KnowledgeIndex.OpenOrCreate(_index.Path, Support.Analysis.WithLemmas);

        var first = index.Update(_reports.Path);
        var generation = index.Current.Generation;
        var again = index.Update(_reports.Path);

        Assert.Equal(121, first.Added.Count);
        Assert.Equal(30, first.Pages);
        Assert.Equal([2019, 2020, 2021, 2022], index.Knowledge.Years);
        foreach (var year in Years)
        {
            Assert.Equal(2, index.Knowledge.Memberships.Count(m => m.Year == year && m.Scope == MembershipScope.National));
            Assert.All(index.Knowledge.Passages.Where(p => p.Source.StartsWith($"badam-{year}/", StringComparison.Ordinal)), p => Assert.Equal(year, p.Year));
        }

        Assert.Equal(YearReportPdf.International.Length, index.Knowledge.Memberships.Count(m => m.Year == 2022 && m.Scope == MembershipScope.International));
        Assert.True(again.NothingChanged);
        Assert.Equal(121, again.Unchanged.Count);
        Assert.Equal(generation, index.Current.Generation);
    }

    [Fact]
    public void Update_OneSavedPageChanged_ReplacesOnlyItsPassagesInOneCommit()
    {
        WriteYears();
        var index = KnowledgeIndex.OpenOrCreate(_index.Path, Support.Analysis.WithLemmas);
        index.Update(_reports.Path);
        var generation = index.Current.Generation;
        const string changed = "badam-2020/sekcja-007.html";
        var others = JsonSerializer.Serialize(index.Knowledge.Passages.Where(p => p.Source != changed).ToArray());

        _reports.Write(changed, Page(2020, 7).Replace("<li>Unia Metropolii Polskich.</li>", "<li>Unia Metropolii Polskich;</li><li>Stowarzyszenie Metropolia Poznań.</li>", StringComparison.Ordinal)
            .Replace("do 2 organizacji", "do 3 organizacji", StringComparison.Ordinal));
        var report = index.Update(_reports.Path);

        Assert.Equal([changed], report.Updated);
        Assert.Equal(generation + 1, index.Current.Generation);
        Assert.Equal(3, index.Knowledge.Memberships.Count(m => m.Year == 2020));
        Assert.Equal(2, index.Knowledge.Memberships.Count(m => m.Year == 2021));
        Assert.Equal(others, JsonSerializer.Serialize(index.Knowledge.Passages.Where(p => p.Source != changed).ToArray()));
    }
}

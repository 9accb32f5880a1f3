using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PoznanAsk.Answering.Service;
using PoznanAsk.Testing;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Health;

/// <summary>
/// One flipped byte in an index file (issue 14, defect 3): the host does not exit; it logs the damage in one line,
/// rebuilds the index from the reports into a fresh folder, swaps it in (the damaged copy kept aside) and serves.
/// A read-only replica (<c>PoznanAsk:IndexReadOnly</c>) never touches the shared folder: it stays up, readiness 503
/// with the reason, and opens the index once the writer has repaired it; a newer commit is picked up without a restart,
/// and a damaged newer commit leaves the last good snapshot serving (issue 14, replicas).
/// </summary>
public sealed class IndexRecoveryTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("poznanask-recovery-");

    private const string Question2024 = "Do jakich organizacji krajowych należał Poznań w 2024 r.?";

    private string Index => Path.Combine(_root.FullName, "index");

    [Fact]
    public async Task Start_IndexWithAFlippedByte_RebuildsFromTheReportsAndServes()
    {
        await DamageAsync();

        await using var app = await StartAsync();
        using var ready = await app.Client.GetAsync("/health/ready");
        var health = (await ready.Content.ReadFromJsonAsync<JsonObject>())!;
        var years = (await app.Client.GetFromJsonAsync<JsonObject>("/api/years"))!;

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("rebuilt from the reports", (string?)health["checks"]![0]!["description"], StringComparison.Ordinal);
        Assert.NotEmpty(years["years"]!.AsArray());
        var damage = Assert.Single(app.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
        Assert.Contains("is damaged", damage, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", damage, StringComparison.Ordinal);
        Assert.Single(Directory.GetDirectories(_root.FullName, "index.damaged-*"));
        Assert.Empty(Directory.GetDirectories(_root.FullName, "index.rebuild-*"));
    }

    [Fact]
    public async Task Start_ReadOnlyIndexWithAFlippedByte_StaysUpNotReadyAndOpensTheRepairedIndex()
    {
        await DamageAsync();
        var before = Files(Index);

        await using var app = await StartAsync(readOnly: true);
        using var live = await app.Client.GetAsync("/health/live");
        using var notReady = await app.Client.GetAsync("/health/ready");
        var health = (await notReady.Content.ReadFromJsonAsync<JsonObject>())!;
        using var ask = await app.Client.PostAsJsonAsync("/api/ask", new { question = "Czy Poznań należy do Eurocities?" });
        var problem = (await ask.Content.ReadFromJsonAsync<JsonObject>())!;
        var damage = Assert.Single(app.Logs.Lines, l => l.StartsWith("Error PoznanAsk", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Contains("index damaged", (string?)health["checks"]![0]!["description"], StringComparison.Ordinal);
        Assert.Contains("checksum", (string?)health["checks"]![0]!["description"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ask.StatusCode);
        Assert.Equal("5", ask.Headers.RetryAfter?.ToString());
        Assert.Contains("index damaged", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Contains("is damaged", damage, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", damage, StringComparison.Ordinal);
        Assert.Equal(before, Files(Index));
        Assert.Empty(Directory.GetDirectories(_root.FullName, "index.damaged-*"));
        Assert.Empty(Directory.GetDirectories(_root.FullName, "index.rebuild-*"));

        // The operator rebuilds the index (the one writer); the replica's next try opens it.
        var fresh = Index + ".fresh";
        WriteCommit(TestPaths.Seeds, fresh);
        Directory.Delete(Index, recursive: true);
        Directory.Move(fresh, Index);
        await app.Logs.WaitForAsync(l => l.Contains("opened: index loaded", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        using var ready = await app.Client.GetAsync("/health/ready");
        using var answered = await app.Client.PostAsJsonAsync("/api/ask", new { question = "Czy Poznań należy do Eurocities?" });

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.All(app.Logs.Lines.Where(l => l.StartsWith("Error PoznanAsk", StringComparison.Ordinal)), l => Assert.DoesNotContain("   at ", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refresh_ReadOnlyNewerCommit_IsServedWithoutARestart()
    {
        WriteCommit(TestPaths.Seeds, Index);
        await using var app = await StartAsync(readOnly: true);
        var before = await AskAsync(app, Question2024);

        await CommitBesideAsync(damaged: false);
        await app.Logs.WaitForAsync(l => l.Contains("A new index commit is being served", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var after = await AskAsync(app, Question2024);
        using var ready = await app.Client.GetAsync("/health/ready");
        var health = (await ready.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.DoesNotContain("Stowarzyszenie Metropolia Poznań", before, StringComparison.Ordinal);
        Assert.Contains("Stowarzyszenie Metropolia Poznań", after, StringComparison.Ordinal);
        Assert.Contains("index loaded: 3 reports", (string?)health["checks"]![0]!["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_ReadOnlyNewerCommitDamaged_KeepsServingTheLastGoodSnapshot()
    {
        WriteCommit(TestPaths.Seeds, Index);
        await using var app = await StartAsync(readOnly: true);
        var before = await AskAsync(app, Question2024);

        await CommitBesideAsync(damaged: true);
        var damage = await app.Logs.WaitForAsync(l => l.StartsWith("Error PoznanAsk", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var after = await AskAsync(app, Question2024);
        using var ready = await app.Client.GetAsync("/health/ready");
        var health = (await ready.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Contains("could not be opened", damage, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", damage, StringComparison.Ordinal);
        Assert.Equal(before, after);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("index loaded: 2 reports", (string?)health["checks"]![0]!["description"], StringComparison.Ordinal);
        Assert.Contains("serving the last good one", (string?)health["checks"]![0]!["description"], StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(_root.FullName, "index.damaged-*"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _root.Delete(recursive: true);
    }

    // Builds the index (a first start), then flips one byte in its largest data file.
    private async Task DamageAsync()
    {
        await using (var first = await StartAsync())
        {
            Assert.Equal(HttpStatusCode.OK, (await first.Client.GetAsync("/health/ready")).StatusCode);
        }

        var file = Directory.GetFiles(Index).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal) && !f.EndsWith(".lock", StringComparison.Ordinal))
            .OrderByDescending(f => new FileInfo(f).Length).First();
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(file, bytes);
    }

    private static List<(string, int)> Files(string folder) =>
        Directory.GetFiles(folder).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f).Length)).Order().ToList();

    private static async Task<string> AskAsync(TestApp app, string question)
    {
        using var response = await app.Client.PostAsJsonAsync("/api/ask", new { question });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    // The one writer (what `poznanask index` runs): the reports of a folder into the index at `index`, one commit.
    private static void WriteCommit(string reports, string index)
    {
        using var writer = PoznanAskEngine.Open(new EngineOptions { ReportsPath = reports, IndexPath = index, ResourcesPath = TestPaths.Resources, Mode = IndexMode.Update });
    }

    // A commit with one more report (of 2024), made by the writer in a copy of the served folder, then put beside the
    // served files as a commit lands: new segment files first, the segments file last. Damaged: one byte of the new
    // segment flipped before it lands.
    private async Task CommitBesideAsync(bool damaged)
    {
        var reports = Path.Combine(_root.FullName, "reports");
        Directory.CreateDirectory(reports);
        foreach (var file in Directory.GetFiles(TestPaths.Seeds))
        {
            File.Copy(file, Path.Combine(reports, Path.GetFileName(file)));
        }

        await File.WriteAllTextAsync(Path.Combine(reports, "raport-2024.txt"), """
            Aktywność w organizacjach krajowych

            W 2024 r. Miasto Poznań było członkiem 3 krajowych organizacji:
            • Związek Miast Polskich
            • Unia Metropolii Polskich
            • Stowarzyszenie Metropolia Poznań
            """);
        var copy = Path.Combine(_root.FullName, "writer");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(Index).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        WriteCommit(reports, copy);
        var served = Directory.GetFiles(Index).Select(Path.GetFileName).ToHashSet();
        var added = Directory.GetFiles(copy).Where(f => !served.Contains(Path.GetFileName(f)) && !f.EndsWith(".lock", StringComparison.Ordinal)).ToList();
        if (damaged)
        {
            var segment = added.Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)).OrderByDescending(f => new FileInfo(f).Length).First();
            var bytes = await File.ReadAllBytesAsync(segment);
            bytes[bytes.Length / 2] ^= 0x01;
            await File.WriteAllBytesAsync(segment, bytes);
        }

        foreach (var file in added.OrderBy(f => Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(Index, Path.GetFileName(file)), overwrite: true);
        }
    }

    private Task<TestApp> StartAsync(bool readOnly = false) => TestApp.StartAsync(
        new Dictionary<string, string?>
        {
            ["PoznanAsk:ReportsPath"] = TestPaths.Seeds,
            ["PoznanAsk:IndexPath"] = Index,
            ["PoznanAsk:ResourcesPath"] = TestPaths.Resources,
            ["PoznanAsk:IndexReadOnly"] = readOnly ? "true" : "false",
            ["PoznanAsk:IndexRefreshSeconds"] = "1",
        },
        dataPath: Path.Combine(_root.FullName, "data"),
        keepEngine: true);
}

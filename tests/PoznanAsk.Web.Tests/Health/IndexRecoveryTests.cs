using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PoznanAsk.Testing;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Health;

/// <summary>
/// One flipped byte in an index file (issue 14, defect 3): the host does not exit; it logs the damage in one line,
/// rebuilds the index from the reports into a fresh folder, swaps it in (the damaged copy kept aside) and serves.
/// A read-only replica (<c>PoznanAsk:IndexReadOnly</c>) never touches the shared folder: it says so and stops.
/// </summary>
public sealed class IndexRecoveryTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("poznanask-recovery-");

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
    public async Task Start_ReadOnlyIndexWithAFlippedByte_StopsNamingTheDamageAndLeavesTheFolder()
    {
        await DamageAsync();
        var before = Directory.GetFiles(Index).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f).Length)).Order().ToList();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(readOnly: true));

        Assert.Contains("checksum", error.Message + error.InnerException?.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, Directory.GetFiles(Index).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f).Length)).Order());
        Assert.Empty(Directory.GetDirectories(_root.FullName, "index.damaged-*"));
        Assert.Empty(Directory.GetDirectories(_root.FullName, "index.rebuild-*"));
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

    private Task<TestApp> StartAsync(bool readOnly = false) => TestApp.StartAsync(
        new Dictionary<string, string?>
        {
            ["PoznanAsk:ReportsPath"] = TestPaths.Seeds,
            ["PoznanAsk:IndexPath"] = Index,
            ["PoznanAsk:ResourcesPath"] = TestPaths.Resources,
            ["PoznanAsk:IndexReadOnly"] = readOnly ? "true" : "false",
        },
        dataPath: Path.Combine(_root.FullName, "data"),
        keepEngine: true);
}

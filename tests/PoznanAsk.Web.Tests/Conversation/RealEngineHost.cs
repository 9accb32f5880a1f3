using PoznanAsk.Testing;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Conversation;

/// <summary>
/// The composed host with the real engine (<see cref="Program"/>'s own registration) over the seed reports and the
/// test reports for 2019 and 2021, its index and data folder in a temporary folder; follow-up context in the
/// SQLite store. Started once per test class.
/// </summary>
public sealed class RealEngineHost : IAsyncLifetime
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("poznanask-real-");
    private TestApp? _app;

    internal TestApp App => _app!;

    public string Reports => Path.Combine(_root.FullName, "reports");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Reports);
        foreach (var file in Directory.GetFiles(TestPaths.Seeds).Concat(Directory.GetFiles(Path.Combine(TestPaths.TestData, "questions", "reports"))))
        {
            File.Copy(file, Path.Combine(Reports, Path.GetFileName(file)));
        }

        _app = await TestApp.StartAsync(
            new Dictionary<string, string?>
            {
                ["PoznanAsk:ReportsPath"] = Reports,
                ["PoznanAsk:IndexPath"] = Path.Combine(_root.FullName, "index"),
                ["PoznanAsk:ResourcesPath"] = TestPaths.Resources,
            },
            dataPath: Path.Combine(_root.FullName, "data"),
            keepEngine: true);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _root.Delete(recursive: true);
    }
}

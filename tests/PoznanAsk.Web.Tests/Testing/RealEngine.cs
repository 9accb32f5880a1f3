using PoznanAsk.Answering.Service;
using PoznanAsk.Testing;

namespace PoznanAsk.Web.Tests.Testing;

/// <summary>The real engine over the seed reports, index in a temporary folder, opened once per test class.</summary>
public sealed class RealEngine : IDisposable
{
    private readonly string _index = Path.Combine(Path.GetTempPath(), "poznanask-web-real-" + Guid.NewGuid().ToString("N"));

    public RealEngine() => Engine = PoznanAskEngine.Open(new EngineOptions
    {
        ReportsPath = TestPaths.Seeds,
        IndexPath = _index,
        ResourcesPath = TestPaths.Resources,
    });

    public PoznanAskEngine Engine { get; }

    public void Dispose()
    {
        Engine.Dispose();
        if (Directory.Exists(_index))
        {
            Directory.Delete(_index, recursive: true);
        }
    }
}

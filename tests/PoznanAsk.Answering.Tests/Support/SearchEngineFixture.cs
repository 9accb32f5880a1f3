using PoznanAsk.Answering.Service;

namespace PoznanAsk.Answering.Tests.Support;

/// <summary>An engine over the seeds whose report service searches through the search engine; its scratch index is deleted afterwards.</summary>
public sealed class SearchEngineFixture : IDisposable
{
    internal PoznanAskEngine Engine { get; } = PoznanAskEngine.Create(Corpora.Knowledge(Corpora.Seeds), Corpora.Analysis, Corpora.Analyzer);

    public void Dispose() => Engine.Dispose();
}

using PoznanAsk.Answering.Questions;
using PoznanAsk.Answering.Service;
using PoznanAsk.Answering.Tests.Support;
using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Tests.Retrieval;

/// <summary>Image alt texts and captions of saved pages are found, but never rank above content.</summary>
public sealed class CaptionRankingTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "poznanask-captions-" + Guid.NewGuid().ToString("N"));

    public CaptionRankingTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "wspolpraca.html"),
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Współpraca</title></head><body><main>" +
            "<h1>Współpraca międzynarodowa</h1>" +
            "<p>W 2019 r. przedstawiciele Poznania uczestniczyli w dorocznym forum sieci EUROCITIES, poświęconym polityce mieszkaniowej miast Europy i finansowaniu inwestycji.</p>" +
            "<figure><img src=\"a.jpg\" alt=\"Forum EUROCITIES – forum EUROCITIES\"><figcaption>Forum EUROCITIES</figcaption></figure>" +
            "</main></body></html>");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Search_WordsACaptionRepeats_ContentPassageFirstCaptionAfter()
    {
        var knowledge = KnowledgeLoader.LoadFolder(_dir).Knowledge;
        using var engine = PoznanAskEngine.Create(knowledge, Corpora.Analyzer, analysis: Corpora.Analysis);

        var hits = engine.Composer.Context.Passages.Search(WordSplitter.Split("forum EUROCITIES"), null, 5);

        Assert.Contains(knowledge.Passages, p => p.Kind == PassageKind.Caption);
        Assert.Contains(hits, h => h.Passage.Kind == PassageKind.Caption);
        Assert.Equal(PassageKind.Paragraph, hits[0].Passage.Kind);
        var firstCaption = hits.ToList().FindIndex(h => h.Passage.Kind == PassageKind.Caption);
        Assert.All(hits.Take(firstCaption), h => Assert.NotEqual(PassageKind.Caption, h.Passage.Kind));
        Assert.All(hits.Skip(firstCaption), h => Assert.Equal(PassageKind.Caption, h.Passage.Kind));
    }
}

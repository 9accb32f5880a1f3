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
        using var engine = PoznanAskEngine.Create(knowledge, Corpora.Analysis, Corpora.Analyzer);

        var hits = engine.Composer.Context.Passages.Search(WordSplitter.Split("forum EUROCITIES"), null, 5);

        Assert.Contains(knowledge.Passages, p => p.Kind == PassageKind.Caption);
        Assert.Contains(hits, h => h.Passage.Kind == PassageKind.Caption);
        Assert.Equal(PassageKind.Paragraph, hits[0].Passage.Kind);
        var firstCaption = hits.ToList().FindIndex(h => h.Passage.Kind == PassageKind.Caption);
        Assert.All(hits.Take(firstCaption), h => Assert.NotEqual(PassageKind.Caption, h.Passage.Kind));
        Assert.All(hits.Skip(firstCaption), h => Assert.Equal(PassageKind.Caption, h.Passage.Kind));
    }

    /// <summary>/api/search (the report service over the knowledge index): the caption's words score higher by BM25, yet content comes first.</summary>
    [Theory]
    [InlineData("forum EUROCITIES")]
    [InlineData("EUROCITIES")]
    public void ReportSearch_WordsACaptionRepeats_ContentFirstCaptionAfter(string query)
    {
        var knowledge = KnowledgeLoader.LoadFolder(_dir).Knowledge;
        using var engine = PoznanAskEngine.Create(knowledge, Corpora.Analysis, Corpora.Analyzer);
        var captions = knowledge.Passages.Where(p => p.Kind == PassageKind.Caption).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

        var response = engine.Reports.Search(new SearchRequest(query, Kind: "passage"));

        Assert.NotEmpty(captions);
        Assert.Contains(response.Hits, h => captions.Contains(h.Id));
        Assert.DoesNotContain(response.Hits[0].Id, captions);
        var firstCaption = response.Hits.ToList().FindIndex(h => captions.Contains(h.Id));
        Assert.All(response.Hits.Skip(firstCaption), h => Assert.Contains(h.Id, captions));
        Assert.Equal(response.Hits.Count, response.TotalHits);

        // BM25 alone would put the caption first: its score is the higher one.
        Assert.True(response.Hits.Where(h => captions.Contains(h.Id)).Max(h => h.Score) > response.Hits[0].Score);
    }
}

using System.Globalization;
using System.Text.Json;
using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Service;

namespace PoznanAsk.Answering.Evaluation;

/// <summary>
/// Recall@5 of passage retrieval on report questions with evidence: the share of questions for which
/// one of the first five passages holds an evidence quote (same file, <see cref="ReportQuestionCheck.Holds"/>).
/// Ours is the retrieval the answers use (the question's words, with and without its year as a filter);
/// the peer's is read from a top-N list a stock engine produced over its own passages of the same pages
/// (scripts/bench-recall: Lucene's PolishAnalyzer + BM25 over the pages cut at blank lines).
/// </summary>
public static class RetrievalRecall
{
    /// <summary>How many passages count.</summary>
    public const int K = 5;

    /// <summary>The measurement.</summary>
    /// <param name="Questions">Questions with evidence.</param>
    /// <param name="Ours">Questions whose evidence our first <see cref="K"/> passages hold (year asked as a filter, as the answers search).</param>
    /// <param name="OursWithoutYear">The same without the year filter (like for like with the peer).</param>
    /// <param name="Peer">The peer's count, null without a peer list.</param>
    public sealed record Result(int Questions, int Ours, int OursWithoutYear, int? Peer)
    {
        /// <summary>Ours / Questions.</summary>
        public double OursRecall => Share(Ours);

        /// <summary>OursWithoutYear / Questions.</summary>
        public double OursWithoutYearRecall => Share(OursWithoutYear);

        /// <summary>Peer / Questions, null without a peer.</summary>
        public double? PeerRecall => Peer is { } p ? Share(p) : null;

        private double Share(int n) => Questions == 0 ? 1 : (double)n / Questions;
    }

    /// <summary>Measures ours, and the peer's when <paramref name="peerHits"/> (TSV: question line, rank, passage id) and <paramref name="peerCorpus"/> (JSONL: id, text; id = file#n) are given.</summary>
    /// <exception cref="AnsweringException">A peer file is missing or malformed.</exception>
    public static Result Measure(PoznanAskEngine engine, IReadOnlyList<(int Line, ReportQuestion Question)> questions, string? peerHits = null, string? peerCorpus = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(questions);
        var peer = peerHits is null || peerCorpus is null ? null : ReadPeer(peerHits, peerCorpus);
        var ctx = engine.Composer.Context;
        var (n, ours, noYear, theirs) = (0, 0, 0, 0);
        foreach (var (line, q) in questions.Where(x => x.Question.Evidence.Count > 0))
        {
            n++;
            var parsed = engine.Composer.Parser.Parse(q.Question, null);
            var words = DetailComposer.Words(ctx, parsed);
            int? year = parsed.Years.Count == 1 ? parsed.Years[0] : null;
            ours += Holds(q, ctx.Passages.Search(words, year, K).Select(h => (h.Passage.Source, h.Passage.Text))) ? 1 : 0;
            noYear += Holds(q, ctx.Passages.Search(words, null, K).Select(h => (h.Passage.Source, h.Passage.Text))) ? 1 : 0;
            theirs += peer is not null && peer.Hits.TryGetValue(line, out var ids)
                && Holds(q, ids.Take(K).Where(peer.Texts.ContainsKey).Select(id => (id.Split('#')[0], peer.Texts[id]))) ? 1 : 0;
        }

        return new Result(n, ours, noYear, peer is null ? null : theirs);
    }

    private static bool Holds(ReportQuestion q, IEnumerable<(string Source, string Text)> passages)
    {
        var list = passages.Select(p => (p.Source, Text: ReportQuestionCheck.Norm(p.Text))).ToList();
        return q.Evidence.Any(ev => list.Any(p => p.Source == ev.File && ReportQuestionCheck.Holds(p.Text, ReportQuestionCheck.Norm(ev.Quote))));
    }

    private sealed record Peer(Dictionary<int, List<string>> Hits, Dictionary<string, string> Texts);

    private static Peer ReadPeer(string hitsFile, string corpusFile)
    {
        try
        {
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(corpusFile).Where(l => l.Length > 0))
            {
                using var doc = JsonDocument.Parse(line);
                texts[doc.RootElement.GetProperty("id").GetString()!] = doc.RootElement.GetProperty("text").GetString()!;
            }

            var hits = new Dictionary<int, List<string>>();
            foreach (var line in File.ReadLines(hitsFile))
            {
                var cells = line.Split('\t');
                if (cells.Length >= 3 && cells[1] != "ERROR")
                {
                    var key = int.Parse(cells[0], CultureInfo.InvariantCulture);
                    (hits.TryGetValue(key, out var l) ? l : hits[key] = []).Add(cells[2]);
                }
            }

            return new Peer(hits, texts);
        }
        catch (Exception ex) when (ex is IOException or JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            throw new AnsweringException($"peer retrieval files ({hitsFile}, {corpusFile}) unreadable: {ex.Message}", ex);
        }
    }
}

using System.Diagnostics;
using PoznanAsk.Analysis;
using PoznanAsk.Search;
using PoznanAsk.Search.Documents;
using PoznanAsk.Search.Indexing;
using PoznanAsk.Search.Querying;
using PoznanAsk.Search.Querying.Parsing;
using PoznanAsk.Search.Reading;

namespace PoznanAsk.Bench.Chain;

/// <summary>One option's index, built with the real engine in a temporary folder, and its evaluation.</summary>
internal sealed class RetrievalRun : IDisposable
{
    private readonly string _folder;
    private readonly IReadOnlyList<Analyzer> _analyzers;
    private readonly IndexSearcher _searcher;

    private RetrievalRun(ChainOption option, string folder, IReadOnlyList<Analyzer> analyzers, IndexSearcher searcher, long bytes, double buildMs, long terms)
    {
        Option = option;
        _folder = folder;
        _analyzers = analyzers;
        _searcher = searcher;
        IndexBytes = bytes;
        BuildMs = buildMs;
        Terms = terms;
    }

    public ChainOption Option { get; }

    public long IndexBytes { get; }

    public double BuildMs { get; }

    /// <summary>Distinct terms over all text fields (summed per analyzer).</summary>
    public long Terms { get; }

    public static RetrievalRun Build(ChainOption option, PolishAnalysis analysis, ChainCorpus corpus, IReadOnlyList<string> distractors)
    {
        var analyzers = option.Analyzers.Select(analysis.Get).ToList();
        var folder = Path.Combine(Path.GetTempPath(), "poznanask-chain-" + option.Key + "-" + Guid.NewGuid().ToString("N")[..8]);
        var watch = Stopwatch.StartNew();
        using (var writer = IndexWriter.Open(new SearchOptions { IndexPath = folder, Durable = false }, option.Schema(), analyzers))
        {
            foreach (var p in corpus.Passages)
            {
                writer.Add(new Document().Add(ChainOption.IdField, p.Id).Add(ChainOption.TextField, p.Text));
            }

            for (var i = 0; i < distractors.Count; i++)
            {
                writer.Add(new Document().Add(ChainOption.IdField, "x-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Add(ChainOption.TextField, distractors[i]));
            }

            writer.Commit();
        }

        var buildMs = watch.Elapsed.TotalMilliseconds;
        var bytes = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
        var reader = IndexReader.Open(folder);
        var terms = analyzers.Sum(a => corpus.Passages.Select(p => p.Text).Concat(distractors).SelectMany(a.Analyze).Select(t => t.Term).Distinct(StringComparer.Ordinal).LongCount());
        return new RetrievalRun(option, folder, analyzers, new IndexSearcher(reader), bytes, buildMs, terms);
    }

    public List<QuestionResult> Evaluate(IReadOnlyList<Judgment> judgments, IReadOnlyDictionary<string, float> boosts)
    {
        var parser = new QueryParser(Option.Schema(), _analyzers, [.. Option.Fields]) { FieldBoosts = boosts };
        var results = new List<QuestionResult>(judgments.Count);
        foreach (var j in judgments)
        {
            var query = parser.ParseLenient(j.Question).Query;
            var top = _searcher.Search(query, 10);
            var ranked = top.Hits.Select(h => _searcher.Document(h.Doc).Get(ChainOption.IdField)!).ToList();
            results.Add(QuestionResult.Of(j, ranked));
        }

        return results;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

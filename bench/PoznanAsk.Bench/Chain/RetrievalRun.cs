using System.Diagnostics;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PoznanAsk.Analysis;
using LuceneAnalyzerBase = Lucene.Net.Analysis.Analyzer;

namespace PoznanAsk.Bench.Chain;

/// <summary>One option's index, built with Lucene.Net (BM25) in a RAMDirectory, and its evaluation.</summary>
internal sealed class RetrievalRun : IDisposable
{
    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly LuceneAnalyzerBase _analyzer;
    private readonly IndexSearcher _searcher;

    private RetrievalRun(ChainOption option, RAMDirectory directory, DirectoryReader reader, LuceneAnalyzerBase analyzer, long bytes, double buildMs, long terms)
    {
        Option = option;
        _directory = directory;
        _reader = reader;
        _analyzer = analyzer;
        _searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        IndexBytes = bytes;
        BuildMs = buildMs;
        Terms = terms;
    }

    public ChainOption Option { get; }

    public long IndexBytes { get; }

    public double BuildMs { get; }

    /// <summary>Distinct terms over all text fields (summed per field).</summary>
    public long Terms { get; }

    public static RetrievalRun Build(ChainOption option, PolishAnalysis analysis, ChainCorpus corpus, IReadOnlyList<string> distractors)
    {
        var perField = new Dictionary<string, LuceneAnalyzerBase> { [ChainOption.TextField] = analysis.Get(option.Primary).Lucene };
        foreach (var (field, analyzer) in option.SubFields)
        {
            perField[field] = analysis.Get(analyzer).Lucene;
        }

        var wrapper = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
        var directory = new RAMDirectory();
        var watch = Stopwatch.StartNew();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, wrapper) { Similarity = new BM25Similarity() }))
        {
            void Add(string id, string text)
            {
                var doc = new Document { new StringField(ChainOption.IdField, id, Field.Store.YES), new TextField(ChainOption.TextField, text, Field.Store.NO) };
                foreach (var (field, _) in option.SubFields)
                {
                    doc.Add(new TextField(field, text, Field.Store.NO));
                }

                writer.AddDocument(doc);
            }

            foreach (var p in corpus.Passages)
            {
                Add(p.Id, p.Text);
            }

            for (var i = 0; i < distractors.Count; i++)
            {
                Add("x-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), distractors[i]);
            }

            writer.Commit();
        }

        var buildMs = watch.Elapsed.TotalMilliseconds;
        var reader = DirectoryReader.Open(directory);
        var fields = MultiFields.GetFields(reader);
        var terms = option.Fields.Sum(f => fields?.GetTerms(f)?.Count ?? 0);
        return new RetrievalRun(option, directory, reader, wrapper, directory.GetSizeInBytes(), buildMs, terms);
    }

    public List<QuestionResult> Evaluate(IReadOnlyList<Judgment> judgments, IReadOnlyDictionary<string, float> boosts)
    {
        var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, [.. Option.Fields], _analyzer, boosts.ToDictionary(b => b.Key, b => b.Value));
        var results = new List<QuestionResult>(judgments.Count);
        foreach (var j in judgments)
        {
            // A typed question is words, not syntax: escaped, it always parses.
            var query = parser.Parse(QueryParserBase.Escape(j.Question));
            var top = _searcher.Search(query, 10);
            var ranked = top.ScoreDocs.Select(h => _searcher.Doc(h.Doc).Get(ChainOption.IdField)!).ToList();
            results.Add(QuestionResult.Of(j, ranked));
        }

        return results;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}

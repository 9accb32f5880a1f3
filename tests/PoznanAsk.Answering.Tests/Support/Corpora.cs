using System.Collections.Concurrent;
using PoznanAsk.Analysis;
using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Questions.Translation;
using PoznanAsk.Answering.Service;
using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Testing;

namespace PoznanAsk.Answering.Tests.Support;

/// <summary>
/// Report folders the tests ingest with the real knowledge ingest: the seeds, and the seeds plus
/// report texts the tests write themselves for other years (tests/TestData/questions/reports).
/// Ingested once per corpus per test run.
/// </summary>
internal static class Corpora
{
    public const string Seeds = "seeds";
    public const string MultiYear = "multi-year";

    private static readonly ConcurrentDictionary<string, Lazy<(KnowledgeBase Knowledge, AnswerComposer Composer)>> Cache = new();
    private static readonly ConcurrentDictionary<string, PoznanAskEngine> Engines = new();
    // POZNANASK_ANSWER_ANALYZER picks another chain for measuring (e.g. "polish", "polish-lemma").
    private static readonly Lazy<PolishAnalysis> AnalysisLazy = new(() => PoznanAskEngine.LoadAnalysis(TestPaths.Resources, PolishAnalysis.StemmedName).Analysis);

    // "none" measures the surface rules alone.
    private static readonly Lazy<Analyzer?> AnalyzerLazy = new(() => Environment.GetEnvironmentVariable("POZNANASK_ANSWER_ANALYZER") switch
    {
        "none" => null,
        { Length: > 0 } a => PoznanAskEngine.LoadAnalyzer(TestPaths.Resources, a),
        _ => PoznanAskEngine.LoadAnalyzer(TestPaths.Resources, new EngineOptions().Analyzer),
    });

    private static readonly Lazy<FreeDict> DictionaryLazy = new(() => FreeDict.LoadFrom(TestPaths.Resources));

    public static Analyzer? Analyzer => AnalyzerLazy.Value;

    /// <summary>The English–Polish dictionary every served engine loads.</summary>
    public static FreeDict Dictionary => DictionaryLazy.Value;

    public static KnowledgeBase Knowledge(string corpus) => Get(corpus).Knowledge;

    public static AnswerComposer Composer(string corpus) => Get(corpus).Composer;

    /// <summary>An engine over the corpus (shared; engines are thread-safe).</summary>
    /// <remarks>With the search engine's index of the knowledge layer's fields, as a served engine: answers retrieve passages from it.</remarks>
    public static PoznanAskEngine Engine(string corpus) => Engines.GetOrAdd(corpus, c => PoznanAskEngine.Create(Knowledge(c), Analysis, Analyzer, dictionary: Dictionary));

    /// <summary>
    /// An engine over report texts a test writes (file, year, text): written with a manifest giving each its year,
    /// ingested with the real knowledge ingest, the folder deleted again.
    /// </summary>
    public static PoznanAskEngine EngineOver(IReadOnlyList<(string File, int Year, string Text)> reports)
    {
        var dir = Path.Combine(Path.GetTempPath(), "poznanask-reports-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            foreach (var (file, _, text) in reports)
            {
                File.WriteAllText(Path.Combine(dir, file), text);
            }

            var entries = string.Join(",", reports.Select(r => $"{{\"file\":\"{r.File}\",\"title\":\"Raport o stanie Miasta Poznania {r.Year}\",\"year\":{r.Year},\"section\":\"\"}}"));
            File.WriteAllText(Path.Combine(dir, "manifest.json"), $"{{\"format\":\"poznanask-reports-manifest\",\"version\":1,\"reports\":[{entries}]}}");
            var kb = KnowledgeLoader.LoadFolder(dir, analyzer: Analyzer).Knowledge;
            return PoznanAskEngine.Create(kb, Analysis, Analyzer);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The Polish analyzers (the search index's stemmed and folded chains).</summary>
    public static PolishAnalysis Analysis => AnalysisLazy.Value;

    /// <summary>Every question of the seed and multi-year question files, with its corpus.</summary>
    public static TheoryData<string, string> AllQuestions()
    {
        var data = new TheoryData<string, string>();
        foreach (var corpus in new[] { Seeds, MultiYear })
        {
            foreach (var (_, q) in PoznanAsk.Answering.Evaluation.EvalRunner.Read(QuestionFile(corpus)))
            {
                data.Add(corpus, q.Question);
            }
        }

        return data;
    }

    /// <summary>The question file of a corpus.</summary>
    public static string QuestionFile(string corpus) => Path.Combine(TestPaths.TestData, "questions", corpus + ".jsonl");

    /// <summary>Writes the corpus's report files into a fresh folder and returns it.</summary>
    public static string WriteFolder(string corpus)
    {
        var dir = Path.Combine(Path.GetTempPath(), "poznanask-answering-" + corpus + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(TestPaths.Seeds))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        if (corpus == MultiYear)
        {
            foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.TestData, "questions", "reports")))
            {
                File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
            }

            // The seeds' manifest does not know the written reports; their years come from their text.
        }

        return dir;
    }

    private static (KnowledgeBase Knowledge, AnswerComposer Composer) Get(string corpus) => Cache.GetOrAdd(corpus, c => new Lazy<(KnowledgeBase, AnswerComposer)>(() =>
    {
        var dir = WriteFolder(c);
        try
        {
            var kb = KnowledgeLoader.LoadFolder(dir, analyzer: Analyzer).Knowledge;
            return (kb, PoznanAskEngine.Create(kb, Analysis, Analyzer, dictionary: Dictionary).Composer);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    })).Value;
}

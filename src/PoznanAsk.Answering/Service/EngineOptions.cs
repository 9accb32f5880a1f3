using System.ComponentModel.DataAnnotations;
using PoznanAsk.Analysis;

namespace PoznanAsk.Answering.Service;

/// <summary>Where the engine finds reports, index and analysis resources. Validated by <see cref="PoznanAskEngine.Open"/>.</summary>
public sealed class EngineOptions
{
    /// <summary>The folder of report files (txt, md, html; optional manifest.json and aliases.tsv). Required.</summary>
    [Required]
    public string ReportsPath { get; set; } = string.Empty;

    /// <summary>
    /// The knowledge index folder (created when missing, updated from <see cref="ReportsPath"/> at open).
    /// Null: a scratch index in the temp folder, deleted when the engine is disposed.
    /// </summary>
    public string? IndexPath { get; set; }

    /// <summary>
    /// How the index is opened: <see cref="IndexMode.Update"/> brings it up to date with the reports (takes the
    /// writer lock while it commits); <see cref="IndexMode.ReadLastCommit"/> reads the last commit and never takes
    /// the lock (read commands: search, ask, serve), building the index only when the folder has none.
    /// </summary>
    public IndexMode Mode { get; set; } = IndexMode.Update;

    /// <summary>Analysis resources (Stempel table, stop words, Morfologik dictionary); default "resources".</summary>
    [Required]
    public string ResourcesPath { get; set; } = AnalysisOptions.DefaultResourcesPath;

    /// <summary>
    /// The analyzers whose terms match question words to names and passages, '+'-separated
    /// (default <c>polish+polish-lemma</c>: Stempel stems and Morfologik lemmas together; see docs/answering.md
    /// for the measurement behind the default). Any name <see cref="PolishAnalysis"/> knows, plus <c>polish-lemma</c>.
    /// </summary>
    [Required]
    public string Analyzer { get; set; } = PolishAnalysis.StemmedName + "+" + PolishAnalysis.LemmaName;

    /// <summary>The turn policy's limits: question length, follow-up turns and minutes.</summary>
    public Conversation.TurnHandlerOptions Turns { get; set; } = new();

    /// <summary>Longest question accepted, in characters (the same value as <see cref="Turns"/>).</summary>
    [Range(20, 10_000)]
    public int MaxQuestionLength
    {
        get => Turns.MaxQuestionLength;
        set => Turns.MaxQuestionLength = value;
    }

    /// <summary>Answers and searches kept per index snapshot (default: 1024 of each per generation; <see cref="CacheOptions.Off"/> for none).</summary>
    public CacheOptions Cache { get; set; } = new();

    /// <summary>Where follow-up context is kept between turns; null: in memory (bounded).</summary>
    public Conversation.IFollowUpStore? FollowUps { get; set; }

    /// <summary>The clock of follow-up expiry; null: the system clock.</summary>
    public TimeProvider? Time { get; set; }

    /// <summary>Receives internal errors of the turn handler (hosts log them); may be null.</summary>
    public Action<Exception, string>? OnError { get; set; }

    /// <summary>Told about each file (and PDF pages) while <see cref="PoznanAskEngine.Open"/> and <see cref="PoznanAskEngine.Reload"/> update the index (<c>poznanask index</c>'s progress bar).</summary>
    public Knowledge.Ingest.IIngestProgress? IngestProgress { get; set; }

    /// <summary>Throws <see cref="AnsweringException"/> naming the first problem.</summary>
    public void Validate()
    {
        try
        {
            Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
            Turns.Validate();
            Validator.ValidateObject(Cache, new ValidationContext(Cache), validateAllProperties: true);
        }
        catch (ValidationException ex)
        {
            throw new AnsweringException("Invalid engine options: " + ex.Message, ex);
        }

        if (!Directory.Exists(ReportsPath))
        {
            throw new AnsweringException($"Reports folder not found: {Path.GetFullPath(ReportsPath)}");
        }

        if (!Directory.Exists(ResourcesPath))
        {
            throw new AnsweringException($"Resources folder not found: {Path.GetFullPath(ResourcesPath)} (run scripts/setup)");
        }
    }
}

/// <summary>How <see cref="PoznanAskEngine.Open"/> opens the knowledge index.</summary>
public enum IndexMode
{
    /// <summary>Ingest the reports folder into the index (one commit), then serve it.</summary>
    Update,

    /// <summary>Serve the last commit read-only; build the index only when there is none.</summary>
    ReadLastCommit,
}

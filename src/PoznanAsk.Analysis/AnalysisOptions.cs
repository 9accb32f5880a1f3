namespace PoznanAsk.Analysis;

/// <summary>
/// Where the analysis stage finds its downloaded resources. Bound from configuration section
/// <c>Analysis</c> by the hosts; validated by <see cref="Validate"/> when
/// <see cref="PolishAnalysis.Load"/> starts.
/// </summary>
public sealed class AnalysisOptions
{
    /// <summary>Default of <see cref="ResourcesPath"/>: <c>resources</c>, relative to the working directory (what <c>scripts/setup</c> fills).</summary>
    public const string DefaultResourcesPath = "resources";

    /// <summary>Default of <see cref="StempelTable"/>, relative to <see cref="ResourcesPath"/>.</summary>
    public const string DefaultStempelTable = "stempel/stemmer_20000.tbl";

    /// <summary>Default of <see cref="StopWords"/>, relative to <see cref="ResourcesPath"/>.</summary>
    public const string DefaultStopWords = "stempel/stopwords.txt";

    /// <summary>The resources folder filled by <c>scripts/setup</c>. Default <see cref="DefaultResourcesPath"/>.</summary>
    public string ResourcesPath { get; set; } = DefaultResourcesPath;

    /// <summary>Lucene's Stempel table (<c>stemmer_20000.tbl</c>); relative paths are under <see cref="ResourcesPath"/>.</summary>
    public string StempelTable { get; set; } = DefaultStempelTable;

    /// <summary>Lucene's Polish stop-word list; relative paths are under <see cref="ResourcesPath"/>.</summary>
    public string StopWords { get; set; } = DefaultStopWords;

    /// <summary>Full path of the Stempel table.</summary>
    public string StempelTablePath => Path.GetFullPath(Path.Combine(ResourcesPath, StempelTable));

    /// <summary>Full path of the stop-word list.</summary>
    public string StopWordsPath => Path.GetFullPath(Path.Combine(ResourcesPath, StopWords));

    /// <summary>Throws <see cref="AnalysisException"/> when a setting is empty or the resources folder does not exist.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ResourcesPath) || string.IsNullOrWhiteSpace(StempelTable) || string.IsNullOrWhiteSpace(StopWords))
        {
            throw new AnalysisException("Analysis options: ResourcesPath, StempelTable and StopWords must not be empty.");
        }

        if (!Directory.Exists(ResourcesPath))
        {
            throw new AnalysisException($"Analysis resources folder '{Path.GetFullPath(ResourcesPath)}' does not exist; run scripts/setup to download the resources.");
        }
    }
}

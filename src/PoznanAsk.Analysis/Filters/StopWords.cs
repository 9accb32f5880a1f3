using Lucene.Net.Analysis.Util;

namespace PoznanAsk.Analysis.Filters;

/// <summary>
/// Loads Lucene's Polish stop-word list into the <see cref="CharArraySet"/> Lucene.Net's <c>StopFilter</c>
/// takes, as <c>PolishAnalyzer</c> does (<c>WordlistLoader.getWordSet(reader, "#")</c>: a line starting
/// with <c>#</c> is a comment, every other line is trimmed and added; exact matching after lower-casing).
/// </summary>
internal static class StopWords
{
    /// <summary>A case-sensitive set of <paramref name="words"/>.</summary>
    public static CharArraySet Of(IEnumerable<string> words) => new(PolishAnalysis.Version, words.ToList(), ignoreCase: false);

    /// <summary>Loads the list from <paramref name="path"/>; a missing or empty file is an <see cref="AnalysisException"/>.</summary>
    public static IReadOnlyList<string> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new AnalysisException($"Polish stop-word list '{path}' not found; run scripts/setup to download it.");
        }

        var words = File.ReadLines(path).Where(line => !line.StartsWith('#')).Select(line => line.Trim()).ToList();
        if (words.Count == 0)
        {
            throw new AnalysisException($"Polish stop-word list '{path}' has no words; run scripts/setup to download it again.");
        }

        return words;
    }
}

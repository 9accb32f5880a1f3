namespace PoznanAsk.Analysis.Filters;

/// <summary>
/// A stop-word set with span lookups. Loading follows Lucene's <c>WordlistLoader</c> as used by
/// <c>PolishAnalyzer</c> (spec §4.2): a line starting with <c>#</c> is a comment, every other line
/// is trimmed and added (exact, case-sensitive matching after lower-casing).
/// </summary>
internal sealed class StopWords
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StopWords(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Count;

    public IReadOnlyCollection<string> Words => _words;

    public bool Contains(ReadOnlySpan<char> term) => _lookup.Contains(term);

    /// <summary>Loads the list from <paramref name="path"/>; a missing file is an <see cref="AnalysisException"/>.</summary>
    public static StopWords Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new AnalysisException($"Polish stop-word list '{path}' not found; run scripts/setup to download it.");
        }

        var words = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith('#'))
            {
                words.Add(line.Trim());
            }
        }

        if (words.Count == 0)
        {
            throw new AnalysisException($"Polish stop-word list '{path}' has no words; run scripts/setup to download it again.");
        }

        return new StopWords(words);
    }
}

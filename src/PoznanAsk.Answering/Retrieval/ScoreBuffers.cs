namespace PoznanAsk.Answering.Retrieval;

/// <summary>
/// Per-thread scoring arrays for <see cref="PassageIndex.Search"/>, indexed by document and reset
/// after each search (only the touched entries), so a search allocates no per-document maps.
/// </summary>
internal sealed class ScoreBuffers
{
    [ThreadStatic]
    private static ScoreBuffers? _current;

    private ScoreBuffers(int size)
    {
        Score = new double[size];
        Covered = new double[size];
        Best = new double[size];
    }

    /// <summary>Accumulated score per document.</summary>
    public double[] Score { get; }

    /// <summary>Accumulated idf of the question words found per document.</summary>
    public double[] Covered { get; }

    /// <summary>Best score of the current question word per document.</summary>
    public double[] Best { get; }

    /// <summary>Documents with a non-zero score.</summary>
    public List<int> Touched { get; } = [];

    /// <summary>Documents touched by the current question word.</summary>
    public List<int> GroupTouched { get; } = [];

    /// <summary>This thread's buffers, large enough for <paramref name="documents"/> documents.</summary>
    public static ScoreBuffers For(int documents)
    {
        if (_current is null || _current.Score.Length < documents)
        {
            _current = new ScoreBuffers(Math.Max(documents, 16));
        }

        return _current;
    }
}
